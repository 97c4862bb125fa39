package th.ita.model;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Which pages were read by OCR and how sure Tesseract was.
 *
 * @param pages          1-based page numbers that were OCR'd
 * @param meanConfidence mean word confidence 0-100 over those pages
 */
public record OcrSummary(List<Integer> pages, OptionalDouble meanConfidence) {
}
