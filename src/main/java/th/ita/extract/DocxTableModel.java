package th.ita.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import th.ita.extract.OfficeTableSpans.Cell;
import th.ita.extract.OfficeTableSpans.Merge;
import th.ita.extract.OfficeTableSpans.Table;

/**
 * The tables of a DOCX as {@code word/document.xml} has them: {@code w:gridSpan} gives a cell's grid columns,
 * {@code w:vMerge} (Word writes {@code restart} then a bare element, Google Docs {@code restart} then
 * {@code continue}) its part in a vertical merge, {@code w:gridBefore} the columns a row leaves out.
 */
final class DocxTableModel {

    /** A document.xml larger than this is not read for its tables (the XHTML stays as Tika wrote it). */
    private static final long MAX_DOCUMENT_XML = 64L << 20;

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final SAXParserFactory factory = secureParsers();

    static SAXParserFactory secureParsers() {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        try {
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("XML parser does not support secure configuration", e);
        }
        return factory;
    }

    /** Every table of the body in document order, a nested table after the table holding it. */
    List<Table> read(Path docx) throws IOException {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            ZipEntry entry = zip.getEntry("word/document.xml");
            if (entry == null || entry.getSize() > MAX_DOCUMENT_XML) {
                return List.of();
            }
            ModelReader reader = new ModelReader();
            try (InputStream in = zip.getInputStream(entry)) {
                factory.newSAXParser().parse(in, reader);
            }
            return reader.tables;
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException("word/document.xml not readable: " + e.getMessage(), e);
        }
    }

    private static final class ModelReader extends DefaultHandler {
        final List<Table> tables = new ArrayList<>();
        private final Deque<Table> open = new ArrayDeque<>();
        private final Deque<int[]> cellProps = new ArrayDeque<>();

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            if (!W.equals(uri)) {
                return;
            }
            Table table = open.peek();
            switch (local) {
                case "tbl" -> {
                    Table t = new Table(new ArrayList<>(), new ArrayList<>());
                    tables.add(t);
                    open.push(t);
                }
                case "tr" -> {
                    if (table != null) {
                        table.rows().add(new ArrayList<>());
                        table.gridBefore().add(0);
                    }
                }
                case "gridBefore" -> {
                    if (table != null && !table.gridBefore().isEmpty()) {
                        table.gridBefore().set(table.gridBefore().size() - 1, number(atts.getValue(W, "val")));
                    }
                }
                case "tc" -> cellProps.push(new int[] {1, Merge.NONE.ordinal()});
                case "gridSpan" -> {
                    if (!cellProps.isEmpty()) {
                        cellProps.peek()[0] = number(atts.getValue(W, "val"));
                    }
                }
                case "vMerge" -> {
                    if (!cellProps.isEmpty()) {
                        cellProps.peek()[1] = "restart".equals(atts.getValue(W, "val"))
                                ? Merge.RESTART.ordinal() : Merge.CONTINUE.ordinal();
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (!W.equals(uri)) {
                return;
            }
            if (local.equals("tbl") && !open.isEmpty()) {
                open.pop();
            } else if (local.equals("tc") && !cellProps.isEmpty()) {
                int[] props = cellProps.pop();
                Table table = open.peek();
                if (table != null && !table.rows().isEmpty()) {
                    table.rows().get(table.rows().size() - 1).add(new Cell(props[0], Merge.values()[props[1]]));
                }
            }
        }

        private static int number(String value) {
            try {
                int n = value == null ? 1 : Integer.parseInt(value.strip());
                return Math.max(0, Math.min(n, 1000));
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }

}
