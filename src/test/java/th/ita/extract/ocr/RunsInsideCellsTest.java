package th.ita.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import th.ita.extract.RulingLine;

/** Runs along the foot of a line of text, as found on the 200 dpi bilevel Umpush scan of seed 003 (page 8). */
class RunsInsideCellsTest {

    private static final List<RulingLine> COLUMNS = List.of(new RulingLine(65, 71, 65, 381),
            new RulingLine(187, 71, 187, 381), new RulingLine(338, 71, 338, 381), new RulingLine(535, 71, 535, 381));

    private static List<RulingLine> with(RulingLine horizontal) {
        return RunsInsideCells.without(java.util.stream.Stream.concat(COLUMNS.stream(), java.util.stream.Stream.of(horizontal)).toList());
    }

    @Test
    void aRunThatStopsShortOfTheColumnBordersOnBothSidesIsText() {
        assertThat(with(new RulingLine(344, 160, 513, 160))).hasSize(COLUMNS.size());
    }

    @Test
    void aRowBorderAcrossTheTableStays() {
        assertThat(with(new RulingLine(65, 160, 535, 160))).hasSize(COLUMNS.size() + 1);
    }

    @Test
    void aBorderOfOneMergedCellThatMeetsItsColumnBordersStays() {
        assertThat(with(new RulingLine(188, 160, 337, 160))).hasSize(COLUMNS.size() + 1);
    }

    @Test
    void aRunBelowTheTableIsNotInsideACell() {
        assertThat(with(new RulingLine(200, 500, 320, 500))).hasSize(COLUMNS.size() + 1);
    }
}
