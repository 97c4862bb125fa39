/** The HTTP API and the page: adapters from request parameters to the search, store and inbox services. */
package th.ita.web;
