/** Reads files into text, XHTML and positioned words with Apache Tika, PDFBox and Tesseract. */
package th.ita.extract;
