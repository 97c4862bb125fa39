/** One home folder: its layout ({@link th.ita.home.HomeLayout}) and its store of report JSON files. */
package th.ita.home;
