package th.ita.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import th.ita.model.ReportTable;
import th.ita.model.TableCell;
import th.ita.model.TableRow;

/**
 * Keeps every table of a document as a {@link ReportTable}, whether or not any rule understands it: finds the
 * header row (the one naming most of what the vocabulary knows, else a first row of short labels), stacks a
 * second header row under the first, gives each cell its column's header, marks the rows that head a group
 * (กลยุทธ์ที่ ๑…) and joins a table continued on the next page (its header repeated, or a headerless table of
 * the same width with nothing but a page number between).
 */
final class DocumentTables {

    /** A table and whether the measures or indicators reader already reads its rows. */
    record Kept(ReportTable table, boolean readByBodyReader) {
    }

    private static final int HEADER_SEARCH_ROWS = 6;
    private static final int MOST_HEADER_ROWS = 3;
    private static final int LONGEST_LABEL = 60;
    /** Text between two tables up to this long (a page number, a running head) does not part them. */
    private static final int PAGE_BREAK_TEXT = 60;
    private static final int LONGEST_CAPTION = 200;
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("^[0-9๐-๙]{1,2}(?:\\.[0-9๐-๙]{1,2})*\\.?\\s*[\\u0E01-\\u0E2E].*", java.util.regex.Pattern.DOTALL);

    private final TableVocabulary vocabulary;

    DocumentTables(TableVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<Kept> read(List<Block> blocks) {
        return read(blocks, CellReadings.AS_WRITTEN);
    }

    /** The tables, their cells read by {@code readings} (OCR'd input loses its specks). */
    List<Kept> read(List<Block> blocks, CellReadings readings) {
        List<Draft> drafts = new ArrayList<>();
        StringBuilder between = new StringBuilder();
        String lastParagraph = "";
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph p) {
                between.append(p.text().strip());
                lastParagraph = p.text().strip();
                continue;
            }
            Block.Table written = (Block.Table) block;
            Block.Table table = new Block.Table(written.rows().stream().map(readings::row).toList(), written.pages());
            if (table.rows().isEmpty()) {
                continue;
            }
            Draft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
            if (last == null || between.length() > PAGE_BREAK_TEXT || !last.continuedBy(table)) {
                drafts.add(new Draft(table, caption(lastParagraph)));
            }
            between.setLength(0);
            lastParagraph = "";
        }
        List<Kept> kept = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            kept.add(drafts.get(i).build(i + 1));
        }
        return kept;
    }

    private static Optional<String> caption(String paragraph) {
        if (paragraph.isBlank()) {
            return Optional.empty();
        }
        String[] lines = paragraph.split("\n");
        String last = lines[lines.length - 1].strip();
        return last.isEmpty() || last.length() > LONGEST_CAPTION ? Optional.empty() : Optional.of(last);
    }

    /** The row naming most vocabulary words among the first rows, else a first row of short labels, else none. */
    private int headerRow(List<List<String>> rows) {
        int best = -1;
        int bestHits = 0;
        for (int r = 0; r < Math.min(HEADER_SEARCH_ROWS, rows.size()); r++) {
            int hits = (int) rows.get(r).stream().filter(vocabulary::knows).count();
            if (hits > bestHits && rows.get(r).stream().allMatch(c -> c.strip().length() <= TableVocabulary.LONGEST_HEADER)) {
                best = r;
                bestHits = hits;
            }
        }
        if (best >= 0) {
            return best;
        }
        return rows.size() >= 2 && labels(rows.get(0)) && distinctTexts(rows.get(0)) >= 2 ? 0 : -1;
    }

    /** A second header row: under a first row whose first cell it leaves blank, short labels only. */
    private static boolean stacked(List<String> header, List<String> next) {
        return !header.isEmpty() && !header.get(0).isBlank() && !next.isEmpty() && next.get(0).isBlank()
                && next.stream().anyMatch(c -> !c.isBlank()) && labels(next);
    }

    private static boolean labels(List<String> row) {
        long filled = row.stream().filter(c -> !c.isBlank()).count();
        return filled * 2 >= row.size() && row.stream().allMatch(c -> c.strip().length() <= LONGEST_LABEL)
                && row.stream().noneMatch(c -> c.strip().matches("[0-9๐-๙.,\\s]+") && !c.strip().matches("[0-9๐-๙]{4}"));
    }

    private static long distinctTexts(List<String> row) {
        return row.stream().map(String::strip).filter(c -> !c.isEmpty()).distinct().count();
    }

    private static String sameLetters(List<String> row) {
        return BigramSimilarity.letters(String.join("|", row));
    }

    /** A table being put together from one or more blocks. */
    private final class Draft {
        final List<List<String>> headerRows = new ArrayList<>();
        final List<String> captionLines = new ArrayList<>();
        final List<List<String>> rows = new ArrayList<>();
        final TreeSet<Integer> pages = new TreeSet<>();
        int width;

        Draft(Block.Table table, Optional<String> caption) {
            caption.ifPresent(captionLines::add);
            List<List<String>> all = table.rows();
            int header = headerRow(all);
            int dataFrom = 0;
            List<List<String>> headingsAbove = new ArrayList<>();
            if (header >= 0) {
                for (int r = 0; r < header; r++) {
                    List<String> texts = all.get(r).stream().map(String::strip).distinct().filter(c -> !c.isEmpty()).toList();
                    if (texts.size() == 1 && (vocabulary.isGroupHeading(texts.get(0)) || NUMBERED.matcher(texts.get(0)).matches())) {
                        headingsAbove.add(all.get(r)); // a group heading printed above the header on the first page
                    } else if (!texts.isEmpty()) {
                        captionLines.add(String.join(" ", texts));
                    }
                }
                headerRows.add(all.get(header));
                dataFrom = header + 1;
                while (headerRows.size() < MOST_HEADER_ROWS && dataFrom < all.size()
                        && stacked(all.get(header), all.get(dataFrom))) {
                    headerRows.add(all.get(dataFrom));
                    dataFrom++;
                }
            }
            rows.addAll(headingsAbove);
            add(table, all.subList(dataFrom, all.size()));
        }

        /** Whether the table continues this one on a new page; if so its rows are taken. */
        boolean continuedBy(Block.Table table) {
            List<List<String>> all = table.rows();
            if (!headerRows.isEmpty()) {
                String header = sameLetters(headerRows.get(0));
                for (int r = 0; r < Math.min(HEADER_SEARCH_ROWS, all.size()); r++) {
                    if (sameLetters(all.get(r)).equals(header)) {
                        int from = r + 1;
                        if (headerRows.size() > 1 && from < all.size()
                                && sameLetters(all.get(from)).equals(sameLetters(headerRows.get(1)))) {
                            from++;
                        }
                        add(table, all.subList(from, all.size()));
                        return true;
                    }
                }
            }
            int widest = all.stream().mapToInt(List::size).max().orElse(0);
            boolean headerless = all.get(0).stream().noneMatch(vocabulary::knows);
            if (!headerRows.isEmpty() && headerless && widest == width && !table.pages().isEmpty()
                    && !pages.isEmpty() && table.pages().get(0) > pages.last()) {
                add(table, all);
                return true;
            }
            return false;
        }

        void add(Block.Table table, List<List<String>> more) {
            java.util.Set<String> header = headerRows.stream().map(DocumentTables::sameLetters)
                    .collect(java.util.stream.Collectors.toSet());
            for (List<String> row : more) {
                // a header the source repeats inside the table (Word's repeated header rows) is not a row
                if (row.stream().anyMatch(c -> !c.isBlank()) && !header.contains(sameLetters(row))) {
                    rows.add(row);
                }
            }
            pages.addAll(table.pages());
            width = Math.max(width, table.rows().stream().mapToInt(List::size).max().orElse(0));
        }

        Kept build(int number) {
            List<String> header = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                List<String> parts = new ArrayList<>();
                for (List<String> headerRow : headerRows) {
                    String text = c < headerRow.size() ? ReportBodyReader.oneLine(headerRow.get(c)) : "";
                    if (!text.isEmpty() && !parts.contains(text)) {
                        parts.add(text);
                    }
                }
                header.add(String.join(" / ", parts));
            }
            List<TableRow> tableRows = new ArrayList<>();
            Optional<String> group = Optional.empty();
            for (List<String> row : rows) {
                Optional<String> heading = groupHeading(row, header);
                if (heading.isPresent()) {
                    group = heading;
                    tableRows.add(new TableRow(cells(row, header), Optional.empty(), true));
                } else {
                    tableRows.add(new TableRow(cells(row, header), group, false));
                }
            }
            boolean bodyReader = headerRows.stream().anyMatch(r -> TableColumns.ofHeader(r).isPresent());
            Optional<String> caption = captionLines.isEmpty() ? Optional.empty()
                    : Optional.of(ReportBodyReader.oneLine(String.join(" ", captionLines)));
            return new Kept(new ReportTable(number, List.copyOf(pages), caption, header, tableRows), bodyReader);
        }

        /**
         * A row heading the rows under it: one text across the row (merged cells repeat it or leave the rest
         * blank) that names a group (กลยุทธ์, ด้าน…), or any lone text in a first column of numbers.
         */
        Optional<String> groupHeading(List<String> row, List<String> header) {
            List<String> texts = row.stream().map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
            if (texts.size() != 1 || width < 2) {
                return Optional.empty();
            }
            String text = ReportBodyReader.oneLine(texts.get(0));
            boolean named = vocabulary.isGroupHeading(texts.get(0));
            boolean inNumberColumn = !row.get(0).isBlank() && !header.isEmpty()
                    && vocabulary.fieldsOf(header.get(0)).contains("code") && !text.matches("[0-9๐-๙.()\\s]+");
            return named || inNumberColumn ? Optional.of(text) : Optional.empty();
        }
    }

    private static List<TableCell> cells(List<String> row, List<String> header) {
        List<TableCell> cells = new ArrayList<>(row.size());
        for (int c = 0; c < row.size(); c++) {
            cells.add(new TableCell(c < header.size() ? header.get(c) : "", row.get(c).strip()));
        }
        return cells;
    }
}
