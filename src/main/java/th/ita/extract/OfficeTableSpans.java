package th.ita.extract;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.apache.tika.sax.ToXMLContentHandler;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Puts the merged cells of a Word document (DOCX or DOC) back into Tika's XHTML. Tika writes one {@code <td>} per
 * cell of the file and drops the merge: a cell spanning grid columns leaves its row short, so later cells slide under
 * the wrong header, and a vertical merge leaves an empty cell that cannot be told from a blank one. Given the file's
 * table model ({@link DocxTableModel}, {@link DocTableModel}), each XHTML table whose rows have the same number of
 * cells as a table of the model (taken in document order) gets {@code colspan} and {@code rowspan} and loses the
 * cells a vertical merge covers: the HTML table model, as Tika gives it for ODT.
 */
final class OfficeTableSpans {

    /** One cell of the file: its grid columns and how it takes part in a vertical merge. */
    record Cell(int gridSpan, Merge merge) {
    }

    enum Merge { NONE, RESTART, CONTINUE }

    /** One table of the file: its rows of cells, with the grid columns a row leaves out before its first cell. */
    record Table(List<List<Cell>> rows, List<Integer> gridBefore) {

        List<Integer> shape() {
            return rows.stream().map(List::size).toList();
        }

        /** The rows a RESTART cell spans: itself and the CONTINUE cells under it on the same grid column. */
        int rowspan(int row, int cell) {
            int column = column(row, cell);
            int span = 1;
            for (int r = row + 1; r < rows.size(); r++) {
                int c = cellAt(r, column);
                if (c < 0 || rows.get(r).get(c).merge() != Merge.CONTINUE) {
                    break;
                }
                span++;
            }
            return span;
        }

        private int column(int row, int cell) {
            int column = gridBefore.get(row);
            for (int i = 0; i < cell; i++) {
                column += rows.get(row).get(i).gridSpan();
            }
            return column;
        }

        private int cellAt(int row, int column) {
            int at = gridBefore.get(row);
            List<Cell> cells = rows.get(row);
            for (int i = 0; i < cells.size(); i++) {
                if (at == column) {
                    return i;
                }
                at += cells.get(i).gridSpan();
            }
            return -1;
        }
    }

    private final SAXParserFactory factory = DocxTableModel.secureParsers();

    /**
     * Tika's XHTML with the merges of the file's table model; the XHTML unchanged when nothing is merged.
     *
     * @throws IOException when the XHTML cannot be read (the caller keeps Tika's XHTML)
     */
    String addSpans(List<Table> model, String xhtml) throws IOException {
        if (model.stream().allMatch(t -> t.rows().stream().flatMap(List::stream)
                .allMatch(c -> c.gridSpan() == 1 && c.merge() == Merge.NONE))) {
            return xhtml;
        }
        try {
            List<List<Integer>> shapes = new ArrayList<>();
            parse(xhtml, new ShapeCollector(shapes));
            List<Table> matched = new ArrayList<>();
            int next = 0;
            for (List<Integer> shape : shapes) {
                Table found = null;
                for (int i = next; i < model.size(); i++) {
                    if (model.get(i).shape().equals(shape)) {
                        found = model.get(i);
                        next = i + 1;
                        break;
                    }
                }
                matched.add(found);
            }
            ToXMLContentHandler out = new ToXMLContentHandler();
            SpanWriter writer = new SpanWriter(matched);
            writer.setContentHandler(out);
            parse(xhtml, writer);
            return out.toString();
        } catch (SAXException e) {
            throw new IOException("XHTML not readable: " + e.getMessage(), e);
        }
    }

    private void parse(String xhtml, DefaultHandler handler) throws SAXException, IOException {
        try {
            factory.newSAXParser().parse(new InputSource(new StringReader(xhtml)), handler);
        } catch (ParserConfigurationException e) {
            throw new SAXException(e);
        }
    }

    private void parse(String xhtml, XMLFilterImpl filter) throws SAXException, IOException {
        try {
            XMLReader reader = factory.newSAXParser().getXMLReader();
            filter.setParent(reader);
            filter.parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException e) {
            throw new SAXException(e);
        }
    }

    /** The number of cells in each row of every XHTML table, nested tables counted apart. */
    private static final class ShapeCollector extends DefaultHandler {
        private final List<List<Integer>> shapes;
        private final Deque<List<Integer>> open = new ArrayDeque<>();

        ShapeCollector(List<List<Integer>> shapes) {
            this.shapes = shapes;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            switch (local) {
                case "table" -> {
                    List<Integer> shape = new ArrayList<>();
                    shapes.add(shape);
                    open.push(shape);
                }
                case "tr" -> {
                    if (!open.isEmpty()) {
                        open.peek().add(0);
                    }
                }
                case "td", "th" -> {
                    if (!open.isEmpty() && !open.peek().isEmpty()) {
                        List<Integer> shape = open.peek();
                        shape.set(shape.size() - 1, shape.get(shape.size() - 1) + 1);
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (local.equals("table") && !open.isEmpty()) {
                open.pop();
            }
        }
    }

    /** Rewrites the matched tables' cells: spans added, covered cells left out (with whatever they hold). */
    private static final class SpanWriter extends XMLFilterImpl {
        private final List<Table> matched;
        private final Deque<int[]> open = new ArrayDeque<>();       // {table index, row, cell}
        private final Deque<Table> tables = new ArrayDeque<>();
        private int tableCount;
        private int skipDepth;

        SpanWriter(List<Table> matched) {
            this.matched = matched;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
            if (skipDepth > 0) {
                skipDepth++;
                return;
            }
            switch (local) {
                case "table" -> {
                    Table t = tableCount < matched.size() ? matched.get(tableCount) : null;
                    tableCount++;
                    open.push(new int[] {-1, -1});
                    tables.push(t == null ? new Table(List.of(), List.of()) : t);
                }
                case "tr" -> {
                    if (!open.isEmpty()) {
                        open.peek()[0]++;
                        open.peek()[1] = -1;
                        Table t = tables.peek();
                        int row = open.peek()[0];
                        super.startElement(uri, local, qName, atts);
                        if (row < t.rows().size()) {
                            for (int i = 0; i < t.gridBefore().get(row); i++) {
                                super.startElement(uri, "td", qName.replace("tr", "td"), new AttributesImpl());
                                super.endElement(uri, "td", qName.replace("tr", "td"));
                            }
                        }
                        return;
                    }
                }
                case "td", "th" -> {
                    if (!open.isEmpty() && !tables.peek().rows().isEmpty()) {
                        int row = open.peek()[0];
                        int cell = ++open.peek()[1];
                        Table t = tables.peek();
                        if (row >= 0 && row < t.rows().size() && cell < t.rows().get(row).size()) {
                            Cell c = t.rows().get(row).get(cell);
                            if (c.merge() == Merge.CONTINUE) {
                                skipDepth = 1;
                                return;
                            }
                            AttributesImpl spans = new AttributesImpl(atts);
                            if (c.gridSpan() > 1) {
                                spans.addAttribute("", "colspan", "colspan", "CDATA", String.valueOf(c.gridSpan()));
                            }
                            int rowspan = c.merge() == Merge.RESTART ? t.rowspan(row, cell) : 1;
                            if (rowspan > 1) {
                                spans.addAttribute("", "rowspan", "rowspan", "CDATA", String.valueOf(rowspan));
                            }
                            super.startElement(uri, local, qName, spans);
                            return;
                        }
                    }
                }
                default -> {
                }
            }
            super.startElement(uri, local, qName, atts);
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            if (skipDepth > 0) {
                skipDepth--;
                return;
            }
            if (local.equals("table") && !open.isEmpty()) {
                open.pop();
                tables.pop();
            }
            super.endElement(uri, local, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (skipDepth == 0) {
                super.characters(ch, start, length);
            }
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            if (skipDepth == 0) {
                super.ignorableWhitespace(ch, start, length);
            }
        }
    }
}
