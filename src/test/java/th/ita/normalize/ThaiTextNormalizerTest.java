package th.ita.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThaiTextNormalizerTest {

    private final ThaiTextNormalizer normalizer = new ThaiTextNormalizer();
    private final ThaiDamageCounter counter = new ThaiDamageCounter();

    @Test
    void dropsZeroWidthCharactersAndSoftHyphens() {
        assertThat(normalizer.normalize("การ\u200Bดำเนิน\u00ADงาน\u200C\u200D\uFEFF")).isEqualTo("การดำเนินงาน");
    }

    @Test
    void remapsWindowsPuaGlyphsNextToThaiLetters() {
        assertThat(normalizer.normalize("วัน/เดือน/ป\uF702 : ๙")).isEqualTo("วัน/เดือน/ปี : ๙");
        assertThat(normalizer.normalize("ป\uF702\uF713")).isEqualTo("ปี่");
        assertThat(normalizer.normalize("\uF70Fาณ")).isEqualTo("ญาณ");
    }

    @Test
    void remapsMacPuaGlyphsNextToThaiLetters() {
        assertThat(normalizer.normalize("ป\uF886\uF88A")).isEqualTo("ปี่");
        assertThat(normalizer.normalize("ก\uF89B")).isEqualTo("กุ");
    }

    @Test
    void leavesPrivateUseCharactersAwayFromThaiAlone() {
        assertThat(normalizer.normalize("icon \uF702\uF713 here")).isEqualTo("icon \uF702\uF713 here");
        assertThat(normalizer.normalize("\uF035 ทราบ")).isEqualTo("\uF035 ทราบ");
    }

    @Test
    void composesDoubledSaraEIntoSaraAe() {
        assertThat(normalizer.normalize("เเละเเผน")).isEqualTo("และแผน");
    }

    @Test
    void removesSpacesBeforeCombiningMarks() {
        assertThat(normalizer.normalize("วันที ่ ๑๓")).isEqualTo("วันที่ ๑๓");
        assertThat(normalizer.normalize("วัตถุประสงค ์ 1.")).isEqualTo("วัตถุประสงค์ 1.");
    }

    @Test
    void restoresSaraAmLostAsSpace() {
        assertThat(normalizer.normalize("ส านักงานสาธารณสุขอ าเภอหนองใหญ่ ด าเนินการ"))
                .isEqualTo("สำนักงานสาธารณสุขอำเภอหนองใหญ่ ดำเนินการ");
    }

    @Test
    void restoresSaraAmLostAsSpaceAfterAToneMark() {
        assertThat(normalizer.normalize("น้ าใจ ไม่ต่ ากว่า")).isEqualTo("น้ำใจ ไม่ต่ำกว่า");
    }

    @Test
    void joinsSaraAaToSaraEInsteadOfMakingSaraAm() {
        assertThat(normalizer.normalize("เข้ าใจ เปล่ า")).isEqualTo("เข้าใจ เปล่า");
    }

    @Test
    void leavesSaraAaAloneWhenNoThaiConsonantPrecedesTheSpace() {
        assertThat(normalizer.normalize("Version 2 า กา ข้อ 1. า")).isEqualTo("Version 2 า กา ข้อ 1. า");
    }

    @Test
    void composesDecomposedSaraAm() {
        assertThat(normalizer.normalize("ท\u0E4D\u0E32งาน")).isEqualTo("ทำงาน");
    }

    @Test
    void composesDecomposedSaraAmAroundAToneMark() {
        assertThat(normalizer.normalize("น\u0E4D\u0E49\u0E32")).isEqualTo("น้ำ");
        assertThat(normalizer.normalize("น\u0E49\u0E4D\u0E32")).isEqualTo("น้ำ");
    }

    @Test
    void putsVowelMarksBeforeToneMarks() {
        assertThat(normalizer.normalize("ท่ี เพ่ือ ข้ึน ผ\u0E49\u0E39")).isEqualTo("ที่ เพื่อ ขึ้น ผู้");
    }

    @Test
    void movesToneMarkBackOverTheFinalAfterMaiHanAkat() {
        assertThat(normalizer.normalize("ขัน้ตอน บริหารทัว่ไป")).isEqualTo("ขั้นตอน บริหารทั่วไป");
    }

    @Test
    void movesToneMarkBackInsideSaraUeaAndSaraIa() {
        assertThat(normalizer.normalize("จัดซือ้ เพือ่ เปลีย่น")).isEqualTo("จัดซื้อ เพื่อ เปลี่ยน");
    }

    @Test
    void leavesToneMarksOfTheNextSyllableAlone() {
        String correct = "ปีนั้น จัดจ้าง ตัวช่วย กันต์ ที่นั่น ขั้นตอน";
        assertThat(normalizer.normalize(correct)).isEqualTo(correct);
    }

    @Test
    void movesThanthakhatBackOffTheNextConsonant() {
        assertThat(normalizer.normalize("กลยุทธท์ี่ 1")).isEqualTo("กลยุทธ์ที่ 1");
        assertThat(normalizer.normalize("สิทธ\u0E4C\u0E34")).isEqualTo("สิทธิ์");
    }

    @Test
    void joinsAWordBrokenAfterALeadingVowel() {
        assertThat(normalizer.normalize("ไ ด้รับ และเ\nพื่อ")).isEqualTo("ได้รับ และเพื่อ");
    }

    @Test
    void joinsAWordBrokenInsideAnIncompleteSyllable() {
        assertThat(normalizer.normalize("ดำเนิ นงาน หน่ วยงาน สำคั ญ เป็\nน"))
                .isEqualTo("ดำเนินงาน หน่วยงาน สำคัญ เป็น");
    }

    @Test
    void joinsAWordBrokenBeforeAVowelThatCannotStartASyllable() {
        assertThat(normalizer.normalize("แล ะ ค\nะแนน การ\nด ำเนิน")).isEqualTo("และ คะแนน การ\nดำเนิน");
    }

    @Test
    void keepsSpacesBetweenCompleteWords() {
        String correct = "สาธารณสุข อำเภอหนองใหญ่ ประจำปี ต่าง ๆ การใช้ บริการ ให้ ดียิ่งขึ้น เคมี ภัณฑ์ เสรี ภาพ เลดี้ ไป";
        assertThat(normalizer.normalize(correct)).isEqualTo(correct);
    }

    @Test
    void keepsTabsBetweenCellsAndBlankLinesBetweenParagraphs() {
        String cells = "หน่\tวย ไ\n\nด้";
        assertThat(normalizer.normalize(cells)).isEqualTo(cells);
    }

    @Test
    void collapsesRunsOfSpacesButKeepsTabsAndLineBreaks() {
        assertThat(normalizer.normalize("ก  ข\u00A0\u00A0ค\t\tง\n\n  จ")).isEqualTo("ก ข ค\t\tง\n\n จ");
    }

    @Test
    void keepsThaiDigits() {
        assertThat(normalizer.normalize("พ.ศ. ๒๕๖๕ ข้อ ๑.๒")).isEqualTo("พ.ศ. ๒๕๖๕ ข้อ ๑.๒");
    }

    @Test
    void keepsSaraAmComposedUnlikeNfkc() {
        assertThat(normalizer.normalize("น้ำ ทำ")).isEqualTo("น้ำ ทำ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_2065e0d738ff9e85.txt", "003_de5ae8d4d3f592eb.txt"})
    void leavesCleanSeedTextUnchangedApartFromRunsOfSpaces(String seed) throws IOException {
        String clean = resource("/seeds/" + seed);

        assertThat(normalizer.normalize(clean)).isEqualTo(clean.replaceAll(" {2,}", " "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nysso-EB2-2.2.pdf", "nysso-EB1-1.7.pdf"})
    void repairsNearlyAllCountedDamageInRealWordExportedPdfs(String pdf) throws Exception {
        String extracted = extractedText("/real-docs/" + pdf);

        ThaiDamageReport before = counter.count(extracted);
        ThaiDamageReport after = counter.count(normalizer.normalize(extracted));

        // Both files carry about 30 damaged sequences as Tika extracts them; at most 1 in 20 may survive.
        assertThat(before.total()).isGreaterThanOrEqualTo(30);
        assertThat(after.total()).isLessThanOrEqualTo(before.total() / 20);
    }

    @Test
    void restoresTheWordsOfARealPdfAnnouncement() throws Exception {
        String normalized = normalizer.normalize(extractedText("/real-docs/nysso-EB2-2.2.pdf"));

        assertThat(normalized)
                .contains("ประกาศสำนักงานสาธารณสุขอำเภอหนองใหญ่")
                .contains("เพื่อให้การดำเนินงานเกี่ยวกับการจัดซื้อจัดจ้าง")
                .contains("จัดทำแผนจัดซื้อจัดจ้างประจำปี")
                .doesNotContain("ส านัก", "เพ่ือ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nysso-EB2-2.2.pdf", "nysso-EB1-1.7.pdf"})
    void changesNothingMoreWhenRunTwiceOnARealPdf(String pdf) throws Exception {
        String once = normalizer.normalize(extractedText("/real-docs/" + pdf));

        assertThat(normalizer.normalize(once)).isEqualTo(once);
    }

    private static String extractedText(String name) throws IOException, TikaException {
        Tika tika = new Tika();
        tika.setMaxStringLength(-1);
        try (InputStream in = ThaiTextNormalizerTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return tika.parseToString(in);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ThaiTextNormalizerTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
