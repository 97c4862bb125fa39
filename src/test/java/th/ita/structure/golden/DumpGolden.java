package th.ita.structure.golden;

import java.nio.file.Files;
import java.nio.file.Path;

import th.ita.normalize.ThaiTextNormalizer;
import th.ita.structure.ItaCatalogue;
import th.ita.structure.ReportStructurer;
import th.ita.structure.StructuredReport;

/** Writes the structurer's JSON for a file, to hand-check when writing an expected JSON. Not a test. */
public final class DumpGolden {
    public static void main(String[] args) throws Exception {
        ReportStructurer structurer = new ReportStructurer(ItaCatalogue.load(), new ThaiTextNormalizer()::normalize);
        GoldenDocumentReader reader = new GoldenDocumentReader(new ThaiTextNormalizer()::normalize);
        for (String arg : args) {
            Path file = Path.of(arg);
            StructuredReport report = structurer.structure(reader.read(file));
            Path out = Path.of("target/golden-actual", file.getParent().getFileName() + "-" + file.getFileName() + ".json");
            Files.createDirectories(out.getParent());
            ReportJson.mapper().writeValue(out.toFile(), report);
        }
    }
}
