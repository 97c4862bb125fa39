package th.ita.cli;

/** A command that creates its home when it is missing (ingest, run); every other command only reads one. */
interface WritesHome {
}
