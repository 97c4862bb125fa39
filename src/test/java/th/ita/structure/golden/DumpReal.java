package th.ita.structure.golden;

import java.nio.file.Files;
import java.nio.file.Path;

import th.ita.normalize.ThaiTextNormalizer;
import th.ita.structure.ItaCatalogue;
import th.ita.structure.ReportStructurer;

/** Prints what the structurer reads from the real PDFs' headers, to hand-check the real-docs table. Not a test. */
public final class DumpReal {
    public static void main(String[] args) throws Exception {
        ReportStructurer structurer = new ReportStructurer(ItaCatalogue.load(), new ThaiTextNormalizer()::normalize);
        GoldenDocumentReader reader = new GoldenDocumentReader(new ThaiTextNormalizer()::normalize);
        try (var files = Files.list(Path.of(args[0]))) {
            for (Path f : files.sorted().toList()) {
                var r = structurer.structure(reader.read(f));
                System.out.println(f.getFileName() + "\t" + r.memo().flatMap(m -> m.reference()).orElse("-") + "\t"
                        + r.documentDate().orElse("-") + "\t" + r.fiscalYear().map(y -> "" + y.be()).orElse("-") + "\t"
                        + r.organization().map(o -> o.name() + "/" + o.province().orElse("-")).orElse("-") + "\t"
                        + r.memo().flatMap(m -> m.subject()).orElse("-") + "\t" + r.problems());
            }
        }
    }
}
