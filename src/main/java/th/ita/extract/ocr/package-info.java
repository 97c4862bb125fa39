/** OCR of scanned pages: finding pages without usable text, Tesseract through Tika, hOCR into positioned words. */
package th.ita.extract.ocr;
