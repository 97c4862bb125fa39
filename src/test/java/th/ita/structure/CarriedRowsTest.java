package th.ita.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/** Rows a page break cut, as OCR reads the pages of the scanned seed 003 (headers and codes damaged). */
class CarriedRowsTest {

    private static final List<String> HEADER = List.of("แบบ", "ตัวชี้วัด", "ประเด็นที่ต้องปรับปรุง", "ผลการดำเนินงาน");
    private final CellReadings ocr = CellReadings.of(true, ItaCatalogue.load());
    private final CellText cellText = new CellText(UnaryOperator.identity());

    private static List<Block> page(List<String>... rows) {
        return new ArrayList<>(List.of(new Block.Table(List.of(rows), List.of())));
    }

    private static List<List<String>> rows(List<Block> blocks) {
        return blocks.stream().flatMap(b -> ((Block.Table) b).rows().stream()).toList();
    }

    @Test
    void theRestOfARowUnderARepeatedHeaderOcrGarbledJoinsTheRowAbove() {
        List<Block> before = page(HEADER, List.of("OIT", "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", "(O18) แผนการใช้จ่ายงบประมาณประจำปี", ""));
        List<Block> next = page(List.of("แบบ", "6 ว ริม 3°", "ประเด็นที่ต้องปรับปรุง", "ผลการดำเนินงาน"),
                List.of("", "", "(O19) รายงานการกำกับติดตาม", "- ดำเนินการแล้ว"),
                List.of("OIT", "ตัวชี้วัดที่ 10 การป้องกันการทุจริต", "(O35) การมีส่วนร่วมของผู้บริหาร", ""));

        CarriedRows.join(before, next, cellText, ocr);

        assertThat(rows(before).get(1).get(2)).isEqualTo("(O18) แผนการใช้จ่ายงบประมาณประจำปี\n(O19) รายงานการกำกับติดตาม");
        assertThat(rows(next)).extracting(r -> r.get(0)).containsExactly("แบบ", "OIT");
    }

    @Test
    void aRowOpeningWithAnIndicatorWhoseMarksOcrLostIsARowOfItsOwn() {
        List<Block> before = page(HEADER, List.of("EIT", "ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน", "การให้บริการ", ""));
        List<Block> next = page(List.of("", "ตัวชีวัดที7 ประสิทธิภาพการสื่อสาร", "การเผยแพร่ข้อมูล", ""));

        CarriedRows.join(before, next, cellText, ocr);

        assertThat(rows(before).get(1).get(1)).isEqualTo("ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน");
        assertThat(rows(next)).hasSize(1);
    }
}
