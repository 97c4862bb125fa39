package th.ita.structure.golden;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import th.ita.model.Indicator;
import th.ita.model.Measure;
import th.ita.model.TableCell;
import th.ita.model.Unit;
import th.ita.structure.StructuredReport;
import th.ita.structure.golden.RealDocumentExpectation.ExpectedUnit;

/**
 * How the product did on one hand-checked real document.
 *
 * @param matched   expected rows found as a unit that holds the row's key cells and no other row's title
 * @param found     units the product gave (measures, indicators and generic units)
 * @param unmatched units that match neither an expected row nor an acceptable one, or that merge two rows
 */
record RealDocumentResult(RealDocumentExpectation expected, StructuredReport report, int matched, int found,
        int unmatched, List<String> missed) {

    /** A unit reduced to what matching needs: its title and all its text. */
    record FoundUnit(String kind, String title, String text) {
    }

    static RealDocumentResult of(RealDocumentExpectation expected, StructuredReport report) {
        List<FoundUnit> units = unitsOf(report);
        boolean[] taken = new boolean[expected.units().size()];
        int matched = 0;
        int unmatched = 0;
        for (FoundUnit unit : units) {
            int row = rowOf(unit, expected.units(), taken);
            if (row >= 0) {
                taken[row] = true;
                matched++;
            } else if (rowOf(unit, expected.alsoAcceptable(), new boolean[expected.alsoAcceptable().size()]) < 0) {
                unmatched++;
            }
        }
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < taken.length; i++) {
            if (!taken[i]) {
                missed.add(expected.units().get(i).title());
            }
        }
        return new RealDocumentResult(expected, report, matched, units.size(), unmatched, missed);
    }

    /** The expected row this unit is, or -1; a unit holding another row's title merged two rows and is none. */
    private static int rowOf(FoundUnit unit, List<ExpectedUnit> rows, boolean[] taken) {
        String title = comparable(unit.title());
        String text = comparable(unit.text());
        for (int i = 0; i < rows.size(); i++) {
            ExpectedUnit row = rows.get(i);
            String expectedTitle = comparable(row.title());
            boolean titleMatches = title.contains(expectedTitle) || (title.length() >= 4 && expectedTitle.contains(title));
            boolean cellsMatch = row.cells().stream().allMatch(c -> text.contains(comparable(c)));
            if (!taken[i] && titleMatches && cellsMatch && !holdsAnotherRow(text, rows, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean holdsAnotherRow(String text, List<ExpectedUnit> rows, int own) {
        String ownTitle = comparable(rows.get(own).title());
        for (int j = 0; j < rows.size(); j++) {
            String other = comparable(rows.get(j).title());
            if (j != own && !ownTitle.contains(other) && text.contains(other)) {
                return true;
            }
        }
        return false;
    }

    /** Text as compared: no spaces, no Thai vowel or tone marks (PDF export moves and drops them), ASCII digits. */
    static String comparable(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= '\u0E50' && c <= '\u0E59') {
                out.append((char) ('0' + c - '\u0E50'));
            } else if (c == '\u0E33') {
                out.append('\u0E32');
            } else if (!Character.isWhitespace(c) && c != '\u200B' && !isThaiMark(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isThaiMark(char c) {
        return c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A') || (c >= '\u0E47' && c <= '\u0E4E');
    }

    static List<FoundUnit> unitsOf(StructuredReport report) {
        List<FoundUnit> units = new ArrayList<>();
        for (Measure m : report.measures()) {
            units.add(new FoundUnit("measure", m.title(), String.join(" ", Stream.of(List.of(m.code(), m.title()),
                    m.methods(), m.responsible(), m.results(), m.suggestions()).flatMap(List::stream).toList())));
        }
        for (Indicator i : report.indicators()) {
            units.add(new FoundUnit("indicator", i.name(), String.join(" ", Stream.of(List.of(i.form(), i.name()),
                    i.issues(), i.results()).flatMap(List::stream).toList())));
        }
        for (Unit u : report.units()) {
            List<String> text = new ArrayList<>(List.of(u.title()));
            // the group heading is shared by its rows, so it is no cell of this row
            Stream.of(u.code(), u.responsible(), u.budget(), u.target(), u.result(), u.status())
                    .flatMap(Optional::stream).forEach(text::add);
            u.period().ifPresent(p -> text.add(p.text()));
            u.cells().stream().map(TableCell::text).forEach(text::add);
            units.add(new FoundUnit(u.kind().key(), u.title(), String.join(" ", text)));
        }
        return units;
    }

    boolean organizationRight() {
        return expected.organization()
                .map(o -> report.organization().map(f -> RealDocumentGoldenTest.sameOrganization(o, f)).orElse(false))
                .orElse(report.organization().isEmpty());
    }

    /** A body is named that is not the one the document is by: worse than naming none. */
    boolean organizationWrongName() {
        Optional<String> name = RealDocumentGoldenTest.organizationName(report);
        return name.isPresent() && !name.equals(expected.organization().map(o -> o.name()));
    }

    boolean fiscalYearRight() {
        return foundYears().equals(expectedYears());
    }

    String expectedYears() {
        return expected.fiscalYear().map(y -> y.from() == y.to() ? String.valueOf(y.from()) : y.from() + "-" + y.to()).orElse("-");
    }

    String foundYears() {
        return RealDocumentGoldenTest.span(report.fiscalYears());
    }

    boolean kindRight() {
        return report.documentKind().key().equals(expected.documentKind());
    }

    boolean itemsRight() {
        return new HashSet<>(RealDocumentGoldenTest.codes(report.evidenceFor())).equals(new HashSet<>(expected.assessmentItems()));
    }

    static String table(List<RealDocumentResult> results, List<String> heldOut) {
        StringBuilder out = new StringBuilder();
        out.append("| document | units found / expected | unmatched units | organisation | fiscal year (expected → found) "
                + "| kind (expected → found) | items |\n|---|---|---|---|---|---|---|\n");
        for (RealDocumentResult r : results) {
            RealDocumentExpectation e = r.expected();
            out.append("| ").append(e.file()).append(heldOut.contains(e.file()) ? " (held out)" : "")
                    .append(e.negative() ? " (negative)" : "")
                    .append(" | ").append(r.matched()).append(" / ").append(e.units().size())
                    .append(" | ").append(r.unmatched()).append(" of ").append(r.found())
                    .append(" | ").append(r.organizationRight() ? "right" : "wrong: "
                            + r.report().organization().map(o -> o.name() + " " + o.district().orElse("") + " "
                            + o.province().orElse("")).orElse("none"))
                    .append(" | ").append(r.fiscalYearRight() ? "right " + r.foundYears() : r.expectedYears() + " → " + r.foundYears())
                    .append(" | ").append(r.kindRight() ? "right " + e.documentKind() : e.documentKind() + " → " + r.report().documentKind().key())
                    .append(" | ").append(r.itemsRight() ? "right " + e.assessmentItems() : e.assessmentItems() + " → "
                            + RealDocumentGoldenTest.codes(r.report().evidenceFor()))
                    .append(" |\n");
        }
        int expected = results.stream().mapToInt(r -> r.expected().units().size()).sum();
        int matched = results.stream().mapToInt(RealDocumentResult::matched).sum();
        int found = results.stream().mapToInt(RealDocumentResult::found).sum();
        int unmatched = results.stream().mapToInt(RealDocumentResult::unmatched).sum();
        out.append("\nUnits: ").append(matched).append(" of ").append(expected).append(" expected rows found; ")
                .append(unmatched).append(" of ").append(found).append(" units match no row.\n");
        for (boolean held : new boolean[] {false, true}) {
            List<RealDocumentResult> part = results.stream().filter(r -> heldOut.contains(r.expected().file()) == held).toList();
            out.append(held ? "Held out (" : "Tuned on (").append(part.size()).append(" documents): organisation ")
                    .append(part.stream().filter(RealDocumentResult::organizationRight).count()).append(", fiscal year ")
                    .append(part.stream().filter(RealDocumentResult::fiscalYearRight).count()).append(", kind ")
                    .append(part.stream().filter(RealDocumentResult::kindRight).count()).append(", items ")
                    .append(part.stream().filter(RealDocumentResult::itemsRight).count()).append(" right.\n");
        }
        results.stream().filter(r -> !r.missed().isEmpty())
                .forEach(r -> out.append("Missed in ").append(r.expected().file()).append(": ").append(r.missed()).append('\n'));
        return out.toString();
    }
}
