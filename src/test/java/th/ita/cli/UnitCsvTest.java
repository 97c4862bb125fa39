package th.ita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import th.ita.index.ReportFixtures;
import th.ita.model.Report;
import th.ita.model.TableCell;
import th.ita.model.Unit;
import th.ita.model.UnitKind;
import th.ita.model.UnitSource;

class UnitCsvTest {

    @Test
    void aUnitRowHoldsItsKindGroupKeyFieldsAndOtherCells() throws Exception {
        Report report = ReportFixtures.report(ReportFixtures.NONGSANO_2565);
        Unit unit = new Unit(UnitKind.MEASURE, Optional.of("3"), "โครงการอบรมคุณธรรม", Optional.of("กลยุทธ์ที่ ๑"),
                Optional.of("สำนักปลัด"), Optional.empty(), Optional.of("20,000"), Optional.of("50 คน"),
                Optional.empty(), Optional.empty(), List.of(new TableCell("ตัวชี้วัด", "ร้อยละ 80")), new UnitSource(2, 4));
        StringWriter out = new StringWriter();

        UnitCsv csv = new UnitCsv(out);
        csv.unit(report, unit);
        csv.measure(report, report.measures().get(0));

        List<String> lines = out.toString().lines().toList();
        List<String> header = List.of(lines.get(0).substring(1).replace("\"", "").split(","));
        String line = lines.get(1);
        List<String> row = List.of(line.substring(1, line.length() - 1).split("\",\"", -1));
        assertThat(row).hasSize(UnitCsv.HEADER.size());
        assertThat(row.get(header.indexOf("kind"))).isEqualTo("measure");
        assertThat(row.get(header.indexOf("code"))).isEqualTo("3");
        assertThat(row.get(header.indexOf("group"))).isEqualTo("กลยุทธ์ที่ ๑");
        assertThat(row.get(header.indexOf("budget"))).isEqualTo("20,000");
        assertThat(row.get(header.indexOf("target"))).isEqualTo("50 คน");
        assertThat(out.toString()).contains("\"20,000\"", "\"50 คน\"", "\"ตัวชี้วัด: ร้อยละ 80\"", "\"สำนักปลัด\"");
    }
}
