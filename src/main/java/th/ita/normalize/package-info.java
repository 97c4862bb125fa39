/** Repairs the Thai text that PDF export, Word and OCR damage, and measures how much damage a text carries. */
package th.ita.normalize;
