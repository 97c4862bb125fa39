package th.ita.structure.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import th.ita.model.FiscalYear;
import th.ita.model.Memo;
import th.ita.model.Organization;
import th.ita.structure.ReportStructurer;
import th.ita.structure.StructuredReport;

/**
 * The real Word-exported PDFs in the shared folder (a district health office's ITA evidence) yield their
 * memo, order, announcement or form headers. Expected values were read off the documents by hand; a null
 * means the test does not pin that field for that file.
 */
class RealDocumentHeaderTest {

    /** Copies of the shared real documents, committed so the test never depends on a folder outside the repo. */
    private static final Path REAL_DOCS = Path.of("src/test/resources/real-docs");

    private static final ReportStructurer STRUCTURER = new ReportStructurer();
    private static final GoldenDocumentReader READER = new GoldenDocumentReader();
    private static final String ORG = "สำนักงานสาธารณสุขอำเภอหนองใหญ่";

    record Expected(String file, String reference, String date, String subjectStart, String organization, Integer year) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Expected> documents() {
        return Stream.of(
                new Expected("nysso-EB1-1.1.pdf", null, "2019-11-13", "รายงานผลการวิเคราะห์", ORG, 2562),
                new Expected("nysso-EB1-1.3.pdf", "ชบ 0832.1/50", "2019-11-13", "รายงานผลการวิเคราะห์การจัดซื้อจัดจ้าง", ORG, 2562),
                new Expected("nysso-EB1-1.4.pdf", "ชบ 0832.1/466", "2020-12-09", "ขออนุญาตเผยแพร่คำสั่งมอบหมาย", ORG, 2564),
                new Expected("nysso-EB1-1.5.pdf", "150/2563", "2020-12-09", "มอบหมายการดำเนินการในการเผยแพร่ข้อมูล", ORG, null),
                new Expected("nysso-EB1-1.7.pdf", null, "2020-12-09", "แบบสำรวจหลักฐานเชิงประจักษ์", ORG, 2564),
                new Expected("nysso-EB2-2.1.pdf", "ชบ 0832.1/52", "2019-11-18", "ขออนุญาตนำประกาศ", ORG, null),
                new Expected("nysso-EB2-2.3.pdf", "ชบ 0832.1/51", "2019-11-18", "ขออนุมัติแผนปฏิบัติการจัดซื้อจัดจ้าง", ORG, 2563),
                new Expected("nysso-EB2-2.4.pdf", null, "2019-10-01", null, ORG, 2563),
                new Expected("nysso-EB2-2.5.pdf", "161/2562", null, "แต่งตั้งเจ้าหน้าที่ปิด", ORG, 2563));
    }

    @ParameterizedTest(name = "{0} yields its header")
    @MethodSource("documents")
    void realPdfYieldsItsHeader(Expected expected) throws Exception {
        Path file = REAL_DOCS.resolve(expected.file());

        StructuredReport report = STRUCTURER.structure(READER.read(file));

        if (expected.reference() != null) {
            assertThat(report.memo().flatMap(Memo::reference)).contains(expected.reference());
        }
        if (expected.date() != null) {
            assertThat(report.documentDate()).contains(expected.date());
        }
        if (expected.subjectStart() != null) {
            assertThat(report.memo().flatMap(Memo::subject).orElse("").replace(" ", ""))
                    .startsWith(expected.subjectStart().replace(" ", ""));
        }
        assertThat(report.organization().map(Organization::name)).contains(expected.organization());
        if (expected.year() != null) {
            assertThat(report.fiscalYear().map(FiscalYear::be)).contains(expected.year());
        }
        assertThat(report.measures()).as("no measures invented for a memo").isEmpty();
        assertThat(report.indicators()).as("no indicators invented for a memo").isEmpty();
    }
}
