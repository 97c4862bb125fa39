package th.ita.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import th.ita.model.Measure;

/** Responsible units as OCR read them on the scans of seed 000. */
class ResponsibleUnitsTest {

    private static Measure measure(String... responsible) {
        return new Measure("1", "1.1", "ก", List.of(), List.of(responsible), Optional.empty(), List.of(), List.of());
    }

    private static List<List<String>> readBack(Measure... measures) {
        return ResponsibleUnits.readBack(List.of(measures), new ProblemLog()).stream().map(Measure::responsible).toList();
    }

    @Test
    void aUnitMisreadInOneRowIsReadAsTheOtherRowsWriteIt() {
        assertThat(readBack(measure("ทุกกองงาน", "สำนักปลัด", "กอง ช่าง"), measure("ทุกกอง wu", "Arun ปลัด", "กอง. ช่าง"),
                measure("ทุกกองงาน", "สำนักปลัด", "ก่องช่าง")))
                .containsExactly(List.of("ทุกกองงาน", "สำนักปลัด", "กอง ช่าง"), List.of("ทุกกองงาน", "สำนักปลัด", "กองช่าง"),
                        List.of("ทุกกองงาน", "สำนักปลัด", "กองช่าง"));
    }

    @Test
    void aUnitNamedOnceOrFittingTwoUnitsStaysAsRead() {
        assertThat(readBack(measure("สำนักปลัด", "สำนักงานคลัง"), measure("สำนักปลัด", "สำนักงานคลัง"), measure("สำนัก van", "กองช่าง")))
                .containsExactly(List.of("สำนักปลัด", "สำนักงานคลัง"), List.of("สำนักปลัด", "สำนักงานคลัง"), List.of("สำนัก van", "กองช่าง"));
    }
}
