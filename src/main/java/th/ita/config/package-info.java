/** Settings and the beans the routes call, built once at start. */
package th.ita.config;
