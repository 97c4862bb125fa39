package th.ita.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Lines Tesseract made of a line's own marks go; lines of text stay. Positions from the borderless seed 003 scan, 300 dpi. */
class DetachedMarksTest {

    private static HocrPage.Word word(String text, int left, int top, int right, int bottom) {
        return new HocrPage.Word(text, left, top, right, bottom, 90);
    }

    private static HocrPage.Line line(HocrPage.Word... words) {
        List<HocrPage.Word> list = List.of(words);
        return new HocrPage.Line(list.stream().mapToInt(HocrPage.Word::left).min().orElseThrow(),
                list.stream().mapToInt(HocrPage.Word::top).min().orElseThrow(),
                list.stream().mapToInt(HocrPage.Word::right).max().orElseThrow(),
                list.stream().mapToInt(HocrPage.Word::bottom).max().orElseThrow(), 30, false, list);
    }

    @Test
    void aWideLineOfScatteredMarksOverATableHeaderGoes() {
        HocrPage.Line marks = line(word("๑", 691, 2360, 717, 2375), word("๕", 983, 2356, 1007, 2376),
                word("ay", 1056, 2347, 1125, 2378), word("7", 1245, 2352, 1261, 2387), word("a", 1869, 2363, 1896, 2377));
        HocrPage.Line header = line(word("แบบ", 365, 2381, 469, 2418), word("ตัวชวัด", 536, 2364, 720, 2438),
                word("ไประเดนท่ต้องปรบปรุง", 833, 2368, 1400, 2433), word("ผลการดาเนนงาน", 1620, 2368, 1950, 2433));
        HocrPage.Line text = line(word("จากการประเมินผลคุณธรรม", 360, 2200, 1900, 2268));
        HocrPage.Line more = line(word("องค์การบริหารส่วนตำบล", 360, 2290, 1900, 2358));

        HocrPage page = DetachedMarks.without(new HocrPage(2480, 3508, List.of(text, more, marks, header)));

        assertThat(page.lines()).containsExactly(text, more, header);
    }

    @Test
    void aLineOfSmallPrintStays() {
        HocrPage.Line text = line(word("จากการประเมินผลคุณธรรม", 360, 2200, 1900, 2268));
        HocrPage.Line more = line(word("องค์การบริหารส่วนตำบล", 360, 2300, 1900, 2368));
        HocrPage.Line small = line(word("หมายเหตุ", 360, 2400, 700, 2440), word("ข้อมูล", 720, 2400, 1100, 2440));

        HocrPage page = DetachedMarks.without(new HocrPage(2480, 3508, List.of(text, more, small)));

        assertThat(page.lines()).containsExactly(text, more, small);
    }
}
