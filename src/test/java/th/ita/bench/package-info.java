/** Benchmarks, left out of the normal test run (tag "benchmark"): OCR accuracy and speed on the scanned seeds. */
package th.ita.bench;
