package th.ita.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.ita.extract.PageLayout;
import th.ita.extract.WordBox;

/** Which PDF pages have a text layer worth keeping and which must be OCR'd. */
class TextLayerCheckTest {

    private final TextLayerCheck check = new TextLayerCheck();

    private static PageLayout page(String... words) {
        List<WordBox> boxes = Arrays.stream(words).map(w -> new WordBox(w, 0, 0, 10, 10, 100)).toList();
        return new PageLayout(1, 595, 842, boxes, List.of());
    }

    @Test
    void aWordExportedThaiPageWithSomeShiftedToneMarksIsUsable() {
        // real Word PDFs put shifted tone marks in the Private Use Area beside real Thai letters
        assertThat(check.usable(page("องค์การบริหารส่วนต\uF70Aาบล", "ประจ\uF70Aาปีงบประมาณ", "พ.ศ.๒๕๖๕"))).isTrue();
    }

    @Test
    void aPageWithoutTextIsOcrd() {
        assertThat(check.usable(page())).isFalse();
        assertThat(check.usable(page("1"))).isFalse();
    }

    @Test
    void aPageOfUnmappedPrivateUseGlyphsIsOcrd() {
        assertThat(check.usable(page("\uF061\uF062\uF063\uF064\uF065\uF066", "\uF067\uF068\uF069\uF06A\uF06B\uF06C",
                "\uF06D\uF06E\uF06F\uF070\uF071\uF072\uF073\uF074\uF075\uF076"))).isFalse();
    }

    @Test
    void aThaiPageDecodedAsLatin1IsOcrd() {
        // TIS-620 bytes of "รายงานผลการดำเนินงาน ประจำปีงบประมาณ" read as Latin-1 by a font without a Unicode map
        assertThat(check.usable(page("ÃÒÂ§Ò¹¼Å¡ÒÃ´íÒà¹Ô¹§Ò¹", "»ÃÐ¨íÒ»Õ§º»ÃÐÁÒ³"))).isFalse();
    }

    @Test
    void aHiddenOcrLayerOfLatinNonsenseIsJunk() {
        // a scanner's English OCR of a Thai memo (real-docs-2 o20): letters mixed with digits, marks and case changes
        TextLayerCheck.Reading reading = check.read(page("{rufrd", "Qo", "'tuYl", "t16',]", "crd9)", "uuun?Jon?13J",
                "'t", "vru", "l", "au", "lyrfl1,Ja", "nul15anu", "iufi", "aalnxi", "bdb6'i", "oood./bdbd", "Gal",
                "toou:r-fi", ":vnrotzusulriirzuuntta-odot'o6'r", "Lllfl1-J", "m1l1r:Ei'rtfryfrnr:on6oioirsuavnr:uirat:y,riaqRtnig"));
        assertThat(reading.verdict()).isEqualTo(TextLayerCheck.Verdict.JUNK);
        assertThat(reading.why()).contains("form no words");
    }

    @Test
    void anEnglishPageIsUsable() {
        assertThat(check.read(page("The", "Integrity", "and", "Transparency", "Assessment", "(ITA)", "of", "fiscal", "year",
                "2022:", "O20", "report,", "No.5,", "12/05/2565", "Office's", "e-Service", "results.")).verdict())
                .isEqualTo(TextLayerCheck.Verdict.USABLE);
    }

    @Test
    void aThaiPageWithGarbledLatinBitsIsUsable() {
        // Thai carries the page; a few broken Latin tokens (a mangled e-mail or URL) do not make it junk
        assertThat(check.read(page("รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรม", "t16',]", "uuun?Jon?13J",
                "องค์การบริหารส่วนตำบล")).verdict()).isEqualTo(TextLayerCheck.Verdict.USABLE);
    }
}
