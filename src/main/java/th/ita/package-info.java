/** ITA archive: ingests Thai ITA reports into normalized JSON and a Lucene index; {@link th.ita.App} starts it. */
package th.ita;
