package th.ita.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import th.ita.bench.SyntheticUnits;
import th.ita.model.Report;
import th.ita.model.ReportJson;

/** The hand-made report JSONs under {@code src/main/resources/bench/reports}, written from the seed reports. */
public final class ReportFixtures {

    /** Seed 000: อบต.หนองโสน (เพชรบุรี), fiscal year 2565, 5 sections, 8 measures. */
    public static final String NONGSANO_2565 = "seed000-nongsano-2565";
    /** Seed 000 moved to 2566 and damaged like a Word-exported PDF: every ำ lost ("ด าเนินการ"). */
    public static final String NONGSANO_2566_LOST_SARA_AM = "seed000-nongsano-2566-lost-sara-am";
    /** Seed 003: อบต.วังมะปรางเหนือ (ตรัง), fiscal year 2564, indicators 2-10 with O-items. */
    public static final String WANGMAPRANG_2564 = "seed003-wangmaprangnuea-2564";
    /** Seed 003 moved to 2565 with words split by PDF line wraps ("ดำเนิ นงาน", "หน่ วยงาน"). */
    public static final String WANGMAPRANG_2565_LINE_WRAPS = "seed003-wangmaprangnuea-2565-line-wraps";

    public static final List<String> ALL = List.of(
            NONGSANO_2565, NONGSANO_2566_LOST_SARA_AM, WANGMAPRANG_2564, WANGMAPRANG_2565_LINE_WRAPS);

    private ReportFixtures() {
    }

    public static Report report(String name) {
        return SyntheticUnits.template(name);
    }

    /** Writes the fixtures to {@code reportsDir} as the pipeline would: {@code <id>.json}. */
    public static void writeStore(Path reportsDir, List<String> names) throws IOException {
        Files.createDirectories(reportsDir);
        for (String name : names) {
            Report report = report(name);
            ReportJson.mapper().writeValue(reportsDir.resolve(report.id() + ".json").toFile(), report);
        }
    }
}
