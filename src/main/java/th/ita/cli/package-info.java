/** The command line: adapters that parse arguments and print results; no Tika or Lucene types here. */
package th.ita.cli;
