package th.ita.structure;

import java.util.ArrayList;
import java.util.List;

import th.ita.extract.PageLayout;
import th.ita.extract.RulingLine;
import th.ita.extract.WordBox;

/**
 * Columns told by horizontal rules drawn cell by cell. A browser printing a table with horizontal borders only
 * draws each cell's border as a segment of its own, so the rule over a header row is broken exactly where the
 * columns meet. In a narrow table the cells' words run over into their neighbours and no whitespace is left
 * between columns to find them by; the segments' joints still say where they are. Rules broken at the same
 * joints, with nothing between them that runs across the columns (a heading between two tables), are one table:
 * the joints become vertical lines from its first rule to its last, and on down to the
 * foot of the page when the words under the last rule keep to the columns to the end of the page (a row the
 * page break cut, which has no rule under it), so the table is read as a ruled one.
 */
final class SegmentedRules {

    /** Positions closer than this (points) are one; rules and joints are drawn a fraction of a point apart. */
    private static final double SNAP = 2.0;
    /** A rule broken into fewer segments than this is no row of cells. */
    private static final int MIN_SEGMENTS = 3;
    /**
     * A cell's word a narrow table could not wrap may run over the next column or two ("สาธารณสุข" over a period
     * column); a word over more joints than this is running text.
     */
    private static final int MOST_JOINTS_CROSSED = 2;
    /**
     * A cut row's first line stands a cell's padding under the rule; text after a table stands a paragraph's
     * margin under it, more than this many word heights.
     */
    private static final double FIRST_LINE_GAP = 1.0;
    /** A step between word lines more than this many word heights under a table's last rule leaves the table. */
    private static final double LINE_STEP = 3.0;

    private SegmentedRules() {
    }

    /** The page with vertical lines added at the joints of rules drawn cell by cell; the page itself when none. */
    static PageLayout completed(PageLayout page) {
        List<Rule> rules = rules(page.rulingLines());
        List<RulingLine> added = new ArrayList<>();
        int i = 0;
        while (i < rules.size()) {
            int j = i;
            while (j + 1 < rules.size() && sameJoints(rules.get(i).joints(), rules.get(j + 1).joints())
                    && keepToColumns(between(page.words(), rules.get(j).y(), rules.get(j + 1).y()), rules.get(i).joints())) {
                j++;
            }
            double top = rules.get(i).y();
            if (drawnSides(page.rulingLines(), rules.get(i), rules.get(j))) {
                // a table with its own verticals is read as drawn, but for a right side the page's edge cut off
                added.addAll(clippedRightSides(page.rulingLines(), rules.subList(i, j + 1)));
                i = j + 1;
                continue;
            }
            double lastRule = rules.get(j).y();
            double nextRule = j + 1 < rules.size() ? rules.get(j + 1).y() : Double.POSITIVE_INFINITY;
            double bottom = Math.max(lastRule, rowCutByPageFoot(page.words(), rules.get(j), nextRule));
            if (bottom > top) {
                List<Double> joints = rules.get(i).joints();
                for (double x : joints) {
                    added.add(new RulingLine(x, top, x, bottom));
                }
                if (bottom > lastRule) {
                    added.add(new RulingLine(joints.get(0), bottom, joints.get(joints.size() - 1), bottom));
                }
            }
            i = j + 1;
        }
        if (added.isEmpty()) {
            return page;
        }
        List<RulingLine> all = new ArrayList<>(page.rulingLines());
        all.addAll(added);
        return new PageLayout(page.number(), page.width(), page.height(), page.words(), all);
    }

    /** A horizontal rule made of abutting segments, and the x positions of its ends and joints. */
    private record Rule(double y, List<Double> joints) {
    }

    private static List<Rule> rules(List<RulingLine> rulings) {
        List<RulingLine> horizontals = new ArrayList<>(rulings.stream().filter(RulingLine::isHorizontal).toList());
        horizontals.sort((a, b) -> a.y1() != b.y1() ? Double.compare(a.y1(), b.y1())
                : Double.compare(Math.min(a.x1(), a.x2()), Math.min(b.x1(), b.x2())));
        List<Rule> rules = new ArrayList<>();
        int i = 0;
        while (i < horizontals.size()) {
            double y = horizontals.get(i).y1();
            List<RulingLine> row = new ArrayList<>();
            while (i < horizontals.size() && horizontals.get(i).y1() - y <= SNAP) {
                row.add(horizontals.get(i));
                i++;
            }
            row.sort((a, b) -> Double.compare(Math.min(a.x1(), a.x2()), Math.min(b.x1(), b.x2())));
            List<Double> joints = new ArrayList<>();
            double reach = Double.NaN;
            int segments = 0;
            for (RulingLine segment : row) {
                double from = Math.min(segment.x1(), segment.x2());
                double to = Math.max(segment.x1(), segment.x2());
                if (!Double.isNaN(reach) && Math.abs(from - reach) > SNAP) {
                    break; // a second rule on the same height elsewhere on the page: this one has ended
                }
                if (joints.isEmpty() || Math.abs(from - joints.get(joints.size() - 1)) > SNAP) {
                    joints.add(from);
                }
                if (Math.abs(to - joints.get(joints.size() - 1)) > SNAP) {
                    joints.add(to);
                    segments++;
                }
                reach = to;
            }
            if (segments >= MIN_SEGMENTS) {
                Rule rule = new Rule(y, List.copyOf(joints));
                // one rule drawn twice (a table's foot and the next header's top) is one rule
                if (rules.isEmpty() || y - rules.get(rules.size() - 1).y() > SNAP
                        || !sameJoints(rules.get(rules.size() - 1).joints(), rule.joints())) {
                    rules.add(rule);
                }
            }
        }
        return rules;
    }

    /**
     * Right sides a table wider than the page lost: its rules run on to where the page's edge cut them, past the
     * last vertical drawn, so the last column's cells have no right side. Each row's side is put at the rule's end,
     * as long as the row's other sides run.
     */
    private static List<RulingLine> clippedRightSides(List<RulingLine> rulings, List<Rule> group) {
        List<RulingLine> sides = new ArrayList<>();
        for (Rule rule : group) {
            List<Double> joints = rule.joints();
            double end = joints.get(joints.size() - 1);
            double lastDrawn = joints.get(joints.size() - 2);
            List<RulingLine> startingHere = rulings.stream().filter(RulingLine::isVertical)
                    .filter(v -> Math.abs(Math.min(v.y1(), v.y2()) - rule.y()) <= SNAP).toList();
            boolean endDrawn = startingHere.stream().anyMatch(v -> Math.abs(v.x1() - end) <= SNAP);
            startingHere.stream().filter(v -> Math.abs(v.x1() - lastDrawn) <= SNAP).findFirst().ifPresent(v -> {
                if (!endDrawn) {
                    sides.add(new RulingLine(end, rule.y(), end, Math.max(v.y1(), v.y2())));
                }
            });
        }
        return sides;
    }

    /** Whether vertical lines are drawn at two or more of the joints between or under the group's rules. */
    private static boolean drawnSides(List<RulingLine> rulings, Rule first, Rule last) {
        long sides = first.joints().stream().filter(x -> rulings.stream().anyMatch(v -> v.isVertical()
                && Math.abs(v.x1() - x) <= SNAP && Math.max(v.y1(), v.y2()) > first.y() + SNAP
                && Math.min(v.y1(), v.y2()) < Math.max(last.y(), first.y() + SNAP) + SNAP)).count();
        return sides >= 2;
    }

    private static boolean sameJoints(List<Double> a, List<Double> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int k = 0; k < a.size(); k++) {
            if (Math.abs(a.get(k) - b.get(k)) > SNAP) {
                return false;
            }
        }
        return true;
    }

    /**
     * The foot of the words under a table's last rule when they are a row the page break cut: every word from the
     * rule to the page's last line starts inside the table's outer joints and runs over no more than two joints
     * (the table's right edge among them), the first line stands no further under the rule than a cell's padding
     * and no step between lines is wide. Otherwise the rule's own height (the table ends there).
     */
    private static double rowCutByPageFoot(List<WordBox> words, Rule last, double nextRule) {
        List<WordBox> below = words.stream().filter(w -> w.y() + w.height() / 2 > last.y()).toList();
        List<List<WordBox>> lines = LineGrouping.lines(below);
        if (lines.isEmpty() || nextRule < Double.POSITIVE_INFINITY) {
            return last.y();
        }
        double previous = last.y();
        double foot = last.y();
        for (List<WordBox> line : lines) {
            double height = line.stream().mapToDouble(WordBox::height).max().orElse(0);
            double step = LineGrouping.top(line) - previous;
            if (step > (previous == last.y() ? FIRST_LINE_GAP : LINE_STEP) * height) {
                return last.y();
            }
            if (!keepToColumns(line, last.joints())) {
                return last.y();
            }
            for (WordBox w : line) {
                foot = Math.max(foot, w.y() + w.height());
            }
            previous = LineGrouping.top(line);
        }
        return foot + 1;
    }

    private static List<WordBox> between(List<WordBox> words, double top, double bottom) {
        return words.stream().filter(w -> w.y() + w.height() / 2 > top && w.y() + w.height() / 2 < bottom).toList();
    }

    /**
     * Whether words stay in a table's cells: each starts inside its outer joints and runs over no more than two
     * joints (the right edge among them). A heading between two tables ruled alike crosses them all.
     */
    private static boolean keepToColumns(List<WordBox> words, List<Double> joints) {
        double left = joints.get(0) - SNAP;
        double right = joints.get(joints.size() - 1) + SNAP;
        return words.stream().allMatch(w -> w.x() >= left && w.x() <= right && jointsCrossed(w, joints) <= MOST_JOINTS_CROSSED);
    }

    private static int jointsCrossed(WordBox w, List<Double> joints) {
        int crossed = 0;
        for (int k = 1; k < joints.size(); k++) {
            if (w.x() < joints.get(k) && w.x() + w.width() > joints.get(k)) {
                crossed++;
            }
        }
        return crossed;
    }
}
