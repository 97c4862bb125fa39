package th.ita.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import th.ita.model.Unit;
import th.ita.model.UnitKind;
import th.ita.model.UnitSource;

/**
 * Lines of running text that open with a box (☐ ☑, or the Wingdings glyph Word exports) become checklist items,
 * the box's state their status. A list where no box is ticked is a blank form's options, not a record of what was
 * done, and yields nothing. The line above a list, when short, is its group.
 */
final class CheckboxLists {

    static final String TICKED = "☑";
    static final String NOT_TICKED = "☐";
    private static final int LONGEST_GROUP = 150;

    private final TableVocabulary vocabulary;

    CheckboxLists(TableVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<Unit> read(List<Block> blocks) {
        List<Unit> units = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String before = "";
        String lineAbove = "";
        int line = 0;
        for (Block block : blocks) {
            if (!(block instanceof Block.Paragraph p)) {
                flush(run, before, line, units);
                lineAbove = "";
                continue;
            }
            for (String text : p.text().split("\n")) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                if (vocabulary.opensWithBox(text)) {
                    if (run.isEmpty()) {
                        before = lineAbove;
                    }
                    run.add(text.strip());
                } else {
                    flush(run, before, line, units);
                    lineAbove = text.strip();
                }
            }
        }
        flush(run, before, line, units);
        return units;
    }

    private void flush(List<String> run, String before, int line, List<Unit> units) {
        if (run.stream().anyMatch(vocabulary::isTicked)) {
            Optional<String> group = before.isEmpty() || before.length() > LONGEST_GROUP
                    ? Optional.empty() : Optional.of(before);
            for (int i = 0; i < run.size(); i++) {
                String item = vocabulary.withoutBox(run.get(i));
                if (item.isEmpty()) {
                    continue;
                }
                String status = vocabulary.isTicked(run.get(i)) ? TICKED : NOT_TICKED;
                units.add(new Unit(UnitKind.CHECKLIST_ITEM, Optional.empty(), item, group, Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(status),
                        List.of(), new UnitSource(0, line - run.size() + i)));
            }
        }
        run.clear();
    }
}
