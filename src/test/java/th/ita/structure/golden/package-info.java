/** Golden tests: seeds in every readable form against hand-checked JSON, and real PDFs against their headers. */
package th.ita.structure.golden;
