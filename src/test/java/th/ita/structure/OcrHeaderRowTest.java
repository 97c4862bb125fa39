package th.ita.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Repeated indicator headers as OCR reads them on the 200 dpi grey scan of seed 003. */
class OcrHeaderRowTest {

    private final CellReadings readings = CellReadings.of(true, ItaCatalogue.load());

    @Test
    void aHeaderWhoseIndicatorWordOcrGarbledIsStillTheHeader() {
        List<String> row = readings.row(List.of("แบบ", "6 ว ริม 3°", "ประเด็นที่ต้องปรับปรุง", "ผลการดำเนินงาน"));
        assertThat(row.get(1)).isEmpty();
        assertThat(TableColumns.ofHeader(row)).isPresent();
    }

    @Test
    void aBodyRowKeepsEveryCell() {
        List<String> body = List.of("IIT", "ตัวชี้วัดที่ 2 การใช้งบประมาณ", "ติดตามการใช้จ่ายเงินงบประมาณ", "- มีการรายงานผลในที่ประชุม");
        assertThat(readings.row(body)).isEqualTo(body);
    }
}
