/** Searching the index: typed text and filters in, ranked hits with snippets and facet counts out, as records. */
package th.ita.search;
