/** Turns a report's normalised text, XHTML or positioned words into the structured record: memo header, sections, measures, indicators. */
package th.ita.structure;
