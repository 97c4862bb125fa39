package th.ita.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class DoubleSpacedLinesTest {

    /** Twelve two-line paragraphs: a blank after each line, or after each paragraph only. */
    private static List<String> memo(boolean blankAfterEveryLine) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            lines.add("เรื่อง รายงานผลการดำเนินการ บรรทัด " + i);
            if (blankAfterEveryLine) {
                lines.add("");
            }
            lines.add("ต่อบรรทัด " + i);
            lines.add("");
        }
        return lines;
    }

    @Test
    void blankLinesAfterEveryLineAreDropped() {
        List<String> spaced = memo(true);

        assertThat(DoubleSpacedLines.closed(spaced)).noneMatch(String::isBlank).hasSize(24);
    }

    @Test
    void blankLinesBetweenParagraphsAreKept() {
        List<String> paragraphs = memo(false);

        assertThat(DoubleSpacedLines.closed(paragraphs)).isEqualTo(paragraphs);
    }

    @Test
    void aShortTextKeepsItsBlankLines() {
        List<String> shortText = List.of("ที่ พบ ๓๒๔๐๑/๑๖", "", "วันที่ ๙ กุมภาพันธ์ ๒๕๖๖", "");

        assertThat(DoubleSpacedLines.closed(shortText)).isEqualTo(shortText);
    }
}
