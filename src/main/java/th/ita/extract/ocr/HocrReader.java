package th.ita.extract.ocr;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads Tesseract's hOCR (as Tesseract writes it, or as Tika passes it through as XHTML) into an
 * {@link HocrPage}: words with their boxes and confidence (x_wconf), grouped in lines and paragraphs.
 * Elements it does not know are skipped; a word without a box is dropped.
 */
public final class HocrReader {

    private static final Pattern BBOX = Pattern.compile("bbox\\s+(-?\\d+)\\s+(-?\\d+)\\s+(-?\\d+)\\s+(-?\\d+)");
    private static final Pattern WCONF = Pattern.compile("x_wconf\\s+(-?[\\d.]+)");
    private static final Pattern X_SIZE = Pattern.compile("x_size\\s+([\\d.]+)");
    /** hOCR's baseline: slope, then the offset of the baseline from the line box's bottom at its left edge. */
    private static final Pattern BASELINE = Pattern.compile("baseline\\s+(-?[\\d.]+)\\s+(-?[\\d.]+)");
    private static final List<String> LINE_CLASSES = List.of("ocr_line", "ocr_textfloat", "ocr_header", "ocr_caption");

    /** Parses one page's hOCR; when the document holds several pages, their lines are read as one page. */
    public HocrPage read(String hocr) throws IOException {
        Handler handler = new Handler();
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // Tesseract's hOCR names the XHTML DTD; never fetch it
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.newSAXParser().parse(new InputSource(new StringReader(hocr)), handler);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("hOCR is not readable XHTML: " + e.getMessage(), e);
        }
        return new HocrPage(handler.width, handler.height, List.copyOf(handler.lines));
    }

    private static final class Handler extends DefaultHandler {
        final List<HocrPage.Line> lines = new ArrayList<>();
        int width;
        int height;
        private boolean paragraphStarted;
        private int[] lineBox;
        private double lineXSize;
        private double lineSlope;
        private double lineBaselineOffset;
        private boolean lineStartsParagraph;
        private List<HocrPage.Word> lineWords;
        private int[] wordBox;
        private double wordConfidence;
        private StringBuilder wordText;
        private int wordDepth;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String cls = Optional.ofNullable(attributes.getValue("class")).orElse("");
            String title = Optional.ofNullable(attributes.getValue("title")).orElse("");
            if (wordText != null) {
                wordDepth++;
                return;
            }
            if (cls.equals("ocr_page")) {
                bbox(title).ifPresent(b -> {
                    width = Math.max(width, b[2]);
                    height = Math.max(height, b[3]);
                });
            } else if (cls.equals("ocr_par")) {
                paragraphStarted = true;
            } else if (LINE_CLASSES.contains(cls)) {
                closeLine();
                lineBox = bbox(title).orElse(null);
                lineXSize = number(X_SIZE, title).orElse(0.0);
                Matcher baseline = BASELINE.matcher(title);
                boolean hasBaseline = baseline.find();
                lineSlope = hasBaseline ? Double.parseDouble(baseline.group(1)) : 0;
                lineBaselineOffset = hasBaseline ? Double.parseDouble(baseline.group(2)) : 0;
                lineStartsParagraph = paragraphStarted;
                paragraphStarted = false;
                lineWords = new ArrayList<>();
            } else if (cls.equals("ocrx_word")) {
                wordBox = bbox(title).orElse(null);
                wordConfidence = number(WCONF, title).orElse(0.0);
                wordText = new StringBuilder();
                wordDepth = 0;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (wordText != null) {
                wordText.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (wordText == null) {
                return;
            }
            if (wordDepth > 0) {
                wordDepth--;
                return;
            }
            String text = wordText.toString().strip();
            if (wordBox != null && !text.isEmpty()) {
                if (lineWords == null) {
                    // a word outside any line: give it a line of its own
                    lineBox = wordBox;
                    lineXSize = 0;
                    lineSlope = 0;
                    lineBaselineOffset = 0;
                    lineStartsParagraph = true;
                    lineWords = new ArrayList<>();
                }
                lineWords.add(new HocrPage.Word(text, wordBox[0], wordBox[1], wordBox[2], wordBox[3], wordConfidence));
            }
            wordText = null;
            wordBox = null;
        }

        @Override
        public void endDocument() {
            closeLine();
        }

        private void closeLine() {
            if (lineWords != null && !lineWords.isEmpty() && lineBox != null) {
                lines.add(new HocrPage.Line(lineBox[0], lineBox[1], lineBox[2], lineBox[3], lineXSize,
                        lineStartsParagraph, List.copyOf(lineWords), lineBox[3] + lineBaselineOffset, lineSlope));
            }
            lineWords = null;
            lineBox = null;
        }

        private static Optional<int[]> bbox(String title) {
            Matcher m = BBOX.matcher(title);
            if (!m.find()) {
                return Optional.empty();
            }
            return Optional.of(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))});
        }

        private static Optional<Double> number(Pattern pattern, String title) {
            Matcher m = pattern.matcher(title);
            return m.find() ? Optional.of(Double.parseDouble(m.group(1))) : Optional.empty();
        }
    }
}
