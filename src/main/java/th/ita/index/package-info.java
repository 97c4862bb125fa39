/** The Lucene index of reports, measures and indicators: Thai analysis, document layout and the batched writer. */
package th.ita.index;
