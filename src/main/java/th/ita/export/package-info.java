/** Writing what a search matches as CSV rows or NDJSON reports, for the command line and the HTTP API alike. */
package th.ita.export;
