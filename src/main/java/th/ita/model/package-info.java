/** The normalized report: immutable records that the pipeline writes as JSON and the index reads back. */
package th.ita.model;
