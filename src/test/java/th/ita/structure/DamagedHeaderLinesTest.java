package th.ita.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Memo and signature lines as OCR read them on the scanned seed 000. */
class DamagedHeaderLinesTest {

    @Test
    void labelsThatLostTheirToneMarksOrGotSpecksAreWrittenBack() {
        assertThat(DamagedHeaderLines.repaired(List.of("บนทกขอความ", "วันที« กุมภาพันธ์", "เรือง รายงานผล", "ที พบ ๓๒๕๐๑/๑๐")))
                .containsExactly("บันทึกข้อความ", "วันที่ กุมภาพันธ์", "เรื่อง รายงานผล", "ที่ พบ ๓๒๕๐๑/๑๐");
    }

    @Test
    void aLoneThiWithoutAMemoNumberAfterItStaysAsItIs() {
        assertThat(DamagedHeaderLines.repaired(List.of("ที ประชุม"))).containsExactly("ที ประชุม");
    }

    @Test
    void specksBeforeASignatureAndLinesOfSpecksGo() {
        assertThat(DamagedHeaderLines.repaired(List.of(". (นายนาฏ วงศ์ทองดี)", ".", "ปลัดองค์การบริหารส่วนตำบลหนองโสน")))
                .containsExactly("(นายนาฏ วงศ์ทองดี)", "ปลัดองค์การบริหารส่วนตำบลหนองโสน");
    }
}
