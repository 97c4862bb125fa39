package th.ita.structure;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads Tika's XHTML (DOCX, ODT, DOC, HTML) into blocks: real tables keep their cells, paragraphs, list items,
 * line breaks and the rows and cells of a table nested in a cell become line breaks inside the cell so they can be
 * told apart as list items. Merged cells ({@code colspan}, {@code rowspan}: ODT and HTML as Tika gives them, DOCX
 * once its table model is added) are laid on the table's grid by {@link HtmlTableGrid}, so every row lines up with
 * the header; a merge Tika did not report arrives as an empty cell and stays one.
 */
final class XhtmlFlowReader {

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "pre",
            "blockquote", "dt", "dd");

    private final SAXParserFactory factory;

    XhtmlFlowReader() {
        factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        try {
            // Tika's own output never needs a DTD; refuse external entities from odd input
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("XML parser does not support secure configuration", e);
        }
    }

    /** The blocks, or an empty list when the XHTML cannot be parsed (the caller falls back to text). */
    List<Block> read(String xhtml) throws SAXException {
        Collector collector = new Collector();
        try {
            factory.newSAXParser().parse(new InputSource(new StringReader(xhtml)), collector);
        } catch (IOException | ParserConfigurationException e) {
            throw new SAXException(e);
        }
        collector.flushParagraph();
        return collector.blocks;
    }

    private static final class Collector extends DefaultHandler {
        final List<Block> blocks = new ArrayList<>();
        private final StringBuilder paragraph = new StringBuilder();
        private final StringBuilder cell = new StringBuilder();
        private HtmlTableGrid grid;
        private int colspan = 1;
        private int rowspan = 1;
        private int tableDepth;
        private int ignoreDepth;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String name = localName.isEmpty() ? qName : localName;
            if (name.equals("head") || name.equals("script") || name.equals("style")) {
                ignoreDepth++;
                return;
            }
            if (name.equals("table")) {
                tableDepth++;
                if (tableDepth == 1) {
                    flushParagraph();
                    grid = new HtmlTableGrid();
                } else {
                    cell.append('\n');
                }
            } else if (tableDepth == 1 && name.equals("tr")) {
                grid.startRow();
            } else if (tableDepth == 1 && (name.equals("td") || name.equals("th"))) {
                cell.setLength(0);
                colspan = HtmlTableGrid.span(attributes.getValue("colspan"));
                rowspan = HtmlTableGrid.span(attributes.getValue("rowspan"));
            } else if (tableDepth > 0 && (BLOCKS.contains(name) || name.equals("br") || name.equals("tr"))) {
                cell.append('\n');
            } else if (tableDepth == 0 && BLOCKS.contains(name)) {
                flushParagraph();
            } else if (tableDepth == 0 && name.equals("br")) {
                paragraph.append('\n');
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            String name = localName.isEmpty() ? qName : localName;
            if (name.equals("head") || name.equals("script") || name.equals("style")) {
                ignoreDepth--;
                return;
            }
            if (name.equals("table")) {
                tableDepth--;
                if (tableDepth == 0 && grid != null) {
                    List<List<String>> rows = grid.rows();
                    if (!rows.isEmpty()) {
                        blocks.add(new Block.Table(rows));
                    }
                    grid = null;
                }
            } else if (tableDepth == 1 && (name.equals("td") || name.equals("th")) && grid != null) {
                grid.cell(CellItems.plain(cell.toString()), colspan, rowspan);
                cell.setLength(0);
            } else if (tableDepth == 1 && name.equals("tr") && grid != null) {
                grid.endRow();
            } else if (tableDepth > 1 && (name.equals("td") || name.equals("th") || name.equals("tr"))) {
                // a table nested in a cell reads as lines: ODT and DOC give its cells without paragraphs
                cell.append('\n');
            } else if (tableDepth > 0 && BLOCKS.contains(name)) {
                cell.append('\n');
            } else if (tableDepth == 0 && BLOCKS.contains(name)) {
                flushParagraph();
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (ignoreDepth > 0) {
                return;
            }
            (tableDepth > 0 ? cell : paragraph).append(ch, start, length);
        }

        void flushParagraph() {
            StringBuilder out = new StringBuilder();
            for (String line : paragraph.toString().split("\n")) {
                String t = line.strip().replaceAll("[ \\t\\u00A0]+", " ");
                if (!t.isEmpty()) {
                    out.append(out.length() == 0 ? "" : "\n").append(t);
                }
            }
            if (out.length() > 0) {
                blocks.add(new Block.Paragraph(out.toString()));
            }
            paragraph.setLength(0);
        }
    }
}
