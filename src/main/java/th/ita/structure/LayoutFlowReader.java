package th.ita.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import th.ita.extract.PageLayout;
import th.ita.extract.WordBox;

/**
 * Rebuilds tables and running lines from positioned words (PDF text positions or OCR word boxes), page by page:
 * tables with drawn borders first ({@link RuledTables}; columns also from rules drawn cell by cell,
 * {@link SegmentedRules}), then tables found from the words' own arrangement among
 * what is left ({@link BorderlessTables}), and the remaining words as lines of text, all in page order; a row a
 * page break cut is joined to its rest ({@link CarriedRows}).
 */
final class LayoutFlowReader {

    private static final Pattern TABLE_HEADER_WORDS = Pattern.compile(".*(?:มาตรการ|ตัวชี้วัด).*(?:ระยะเวลา|ประเด็น|ผลการ).*");

    private final UnaryOperator<String> normalizer;
    private final CellReadings readings;

    LayoutFlowReader(UnaryOperator<String> normalizer) {
        this(normalizer, CellReadings.AS_WRITTEN);
    }

    /** {@code readings} tell a repeated header from the rest of a row a page break cut (OCR garbles headers too). */
    LayoutFlowReader(UnaryOperator<String> normalizer, CellReadings readings) {
        this.normalizer = normalizer;
        this.readings = readings;
    }

    List<Block> read(List<PageLayout> pages, ProblemLog problems) {
        CellText cellText = new CellText(normalizer);
        RuledTables ruled = new RuledTables();
        BorderlessTables borderless = new BorderlessTables();
        List<Block> blocks = new ArrayList<>();
        CellText previous = null;
        for (PageLayout page : pages) {
            CellText pageText = cellText.on(page.words());
            List<Block> next = new ArrayList<>(page(page, pageText, ruled, borderless, problems));
            if (previous != null) {
                CarriedRows.join(blocks, next, previous, readings);
            }
            blocks.addAll(next);
            previous = pageText;
        }
        return blocks.stream().map(CarriedRows::stripped).toList();
    }

    private List<Block> page(PageLayout page, CellText cellText, RuledTables ruled, BorderlessTables borderless,
                             ProblemLog problems) {
        RuledTables.Reading ruledReading = ruled.read(SegmentedRules.completed(page), cellText);
        BorderlessTables.Reading borderlessReading = borderless.read(ruledReading.free(), page.rulingLines(), cellText);
        List<PlacedBlock> placed = new ArrayList<>(ruledReading.tables());
        placed.addAll(borderlessReading.tables());
        boolean noTable = placed.isEmpty();
        for (List<WordBox> line : LineGrouping.lines(borderlessReading.free())) {
            String text = normalizer.apply(LineGrouping.text(line));
            if (!text.isBlank()) {
                placed.add(new PlacedBlock(line.get(0).y(), new Block.Paragraph(text)));
                if (noTable && TABLE_HEADER_WORDS.matcher(text).matches()) {
                    problems.add("TABLE_WITHOUT_RULINGS", "page " + page.number()
                            + " seems to hold a table whose columns could not be found; its rows were read as text");
                }
            }
        }
        placed.sort(Comparator.comparingDouble(PlacedBlock::y));
        return placed.stream().map(PlacedBlock::block).map(block -> onPage(block, page.number())).toList();
    }

    /** Tables carry the page they were read from, so a table continued on the next page can be joined. */
    private static Block onPage(Block block, int pageNumber) {
        return block instanceof Block.Table table && table.pages().isEmpty()
                ? new Block.Table(table.rows(), List.of(pageNumber)) : block;
    }
}
