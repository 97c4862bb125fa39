/** Watched folders read in place: the catalogue of files seen, the reconciling scan, and reports' locations. */
package th.ita.watch;
