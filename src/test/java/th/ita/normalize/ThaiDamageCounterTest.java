package th.ita.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThaiDamageCounterTest {

    private final ThaiDamageCounter counter = new ThaiDamageCounter();

    @Test
    void countsPrivateUseGlyphsOfThaiFonts() {
        assertThat(counter.count("ป\uF702 ป\uF886\uF88A \uF035").privateUseGlyphs()).isEqualTo(3);
    }

    @Test
    void countsSaraAmLostAsSpace() {
        assertThat(counter.count("ส านักงาน อ าเภอ น้ า กา").saraAmLostAsSpace()).isEqualTo(3);
    }

    @Test
    void countsMarksAfterWhitespace() {
        assertThat(counter.count("วันที ่ ประสงค\n์ ที่").marksAfterWhitespace()).isEqualTo(2);
    }

    @Test
    void countsToneMarksBeforeVowelMarks() {
        assertThat(counter.count("ท่ี เพ่ือ ที่ เพื่อ").marksOutOfOrder()).isEqualTo(2);
    }

    @Test
    void countsDecomposedSaraAmWithOrWithoutAToneMark() {
        assertThat(counter.count("ท\u0E4D\u0E32 น\u0E4D\u0E49\u0E32 น\u0E49\u0E4D\u0E32 ทำ").decomposedSaraAm())
                .isEqualTo(3);
    }

    @Test
    void totalAddsUpEveryKind() {
        ThaiDamageReport report = counter.count("ป\uF702 ส านัก ที ่ ท่ี ท\u0E4D\u0E32");

        assertThat(report).isEqualTo(new ThaiDamageReport(1, 1, 1, 1, 1));
        assertThat(report.total()).isEqualTo(5);
    }

    @Test
    void sumsReportsKindByKind() {
        ThaiDamageReport sum = new ThaiDamageReport(1, 2, 3, 4, 5).plus(new ThaiDamageReport(10, 20, 30, 40, 50));

        assertThat(sum).isEqualTo(new ThaiDamageReport(11, 22, 33, 44, 55));
    }

    @Test
    void findsNoDamageInCleanText() {
        assertThat(counter.count("สำนักงานสาธารณสุขอำเภอหนองใหญ่ เพื่อให้ที่ ขั้นตอน น้ำ พ.ศ. ๒๕๖๕ Version 2 า")
                .total()).isZero();
    }
}
