/** The stages around extraction: identifying a dropped file, spotting duplicates, assembling and filing the report. */
package th.ita.ingest;
