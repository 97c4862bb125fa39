package th.ita.structure;

/** A block with the height on its page where it starts, so tables and running lines can be put in page order. */
record PlacedBlock(double y, Block block) {
}
