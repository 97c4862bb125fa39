package th.ita.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import th.ita.index.ReportIndexer;
import th.ita.index.WordSegmenter;
import th.ita.model.FiscalYear;
import th.ita.model.Indicator;
import th.ita.model.Measure;
import th.ita.model.Organization;
import th.ita.model.Report;
import th.ita.model.ReportJson;
import th.ita.model.SourceFile;

/**
 * A large index made from the four template reports of {@code bench/reports}: each copy gets another organisation,
 * province and fiscal year, and its lists of methods, issues and results lose an item and are reordered, so the
 * index has the word statistics of many similar real reports.
 */
public final class SyntheticUnits {

    /** The template reports, as the quality set names them A to D. */
    public static final List<String> TEMPLATES = List.of("seed000-nongsano-2565", "seed000-nongsano-2566-lost-sara-am",
            "seed003-wangmaprangnuea-2564", "seed003-wangmaprangnuea-2565-line-wraps");
    public static final List<String> PROVINCES = List.of("เพชรบุรี", "ตรัง", "ชลบุรี", "นครราชสีมา", "เชียงใหม่", "ขอนแก่น",
            "สงขลา", "อุบลราชธานี", "ลำปาง", "สุพรรณบุรี", "ราชบุรี", "กาญจนบุรี", "พัทลุง", "นครศรีธรรมราช", "สุรินทร์", "บุรีรัมย์",
            "ชัยภูมิ", "พิษณุโลก", "ลพบุรี", "ระยอง");
    private static final List<String> PLACE_HEADS = List.of("หนอง", "บ้าน", "วัง", "ท่า", "โคก", "ดอน", "บึง", "นา", "ห้วย", "เขา");
    private static final List<String> PLACE_TAILS = List.of("โสน", "มะปราง", "ทอง", "ใหญ่", "น้อย", "แดง", "ขาม", "ไผ่",
            "กลาง", "เหนือ", "ใต้", "บัว", "ยาง", "ทราย", "จิก", "กระทุ่ม", "สะแก", "ตาล", "ม่วง", "โพธิ์", "หิน", "ปลาไหล", "ลำดวน", "ชุมแสง", "ขี้เหล็ก");
    private static final List<String> KINDS = List.of("องค์การบริหารส่วนตำบล", "เทศบาลตำบล");

    /** What building cost. */
    public record Built(long units, long reports, Duration elapsed, int threads) {
        public double unitsPerSecond() {
            return units / Math.max(1e-9, elapsed.toNanos() / 1e9);
        }
    }

    private SyntheticUnits() {
    }

    public static Report template(String name) {
        try (InputStream in = SyntheticUnits.class.getResourceAsStream("/bench/reports/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no template report named " + name);
            }
            return ReportJson.mapper().readValue(in, Report.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Indexes at least {@code unitCount} varied units on {@code threads} threads into an emptied folder. */
    public static Built build(Path indexDir, int threads, long unitCount) throws Exception {
        deleteRecursively(indexDir);
        List<Report> templates = TEMPLATES.stream().map(SyntheticUnits::template).toList();
        long start = System.nanoTime();
        AtomicLong units = new AtomicLong();
        AtomicLong reports = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (ReportIndexer indexer = ReportIndexer.open(indexDir, WordSegmenter.ICU, Duration.ofMinutes(10))) {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int worker = t;
                work.add(pool.submit(() -> {
                    Random random = new Random(worker);
                    for (long n = worker; units.get() < unitCount; n += threads) {
                        Report report = variant(templates.get((int) (n % templates.size())), n, random);
                        indexer.index(report);
                        units.addAndGet(report.measures().size() + report.indicators().size());
                        reports.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
            indexer.commit();
        } finally {
            pool.shutdown();
        }
        return new Built(units.get(), reports.get(), Duration.ofNanos(System.nanoTime() - start), threads);
    }

    /**
     * A plausible other report: another organisation, province and year; each unit keeps a share of its template's
     * items and gains sentences of its own drawn from {@link Vocabulary}, so units differ in length and wording and
     * their scores spread the way a real corpus's do (copies that all tie would hide what block skipping saves).
     */
    static Report variant(Report template, long n, Random random) {
        String place = PLACE_HEADS.get((int) (n % PLACE_HEADS.size())) + PLACE_TAILS.get((int) (n / 10 % PLACE_TAILS.size()));
        String organization = KINDS.get((int) (n / 250 % KINDS.size())) + place;
        String province = PROVINCES.get((int) (n / 500 % PROVINCES.size()));
        int year = 2562 + (int) (n % 6);
        String id = HexFormat.of().formatHex(longBytes(n)) + HexFormat.of().formatHex(longBytes(~n)) + "0".repeat(32);
        Vocabulary words = Vocabulary.shared();
        List<Measure> measures = template.measures().stream().map(m -> new Measure(m.section(), m.code(),
                words.title(m.title(), random), words.vary(m.methods(), random), m.responsible(), m.period(),
                words.vary(m.results(), random), m.suggestions())).toList();
        List<Indicator> indicators = template.indicators().stream().map(i -> new Indicator(i.form(), i.number(),
                words.title(i.name(), random), i.catalogName(), words.vary(i.issues(), random),
                words.vary(i.results(), random), i.oitItems())).toList();
        String title = template.title().orElse("") + " " + organization;
        SourceFile source = new SourceFile(place + "/ITA-" + year + ".pdf", "application/pdf", id, 1000, OptionalInt.of(6),
                Optional.empty(), template.source().extractedAt());
        // Report documents carry only the title here: the full text would double the analysed volume and the
        // benchmark is about measure and indicator documents.
        return new Report(1, id, source, Optional.of(title),
                Optional.of(new Organization(organization, Optional.empty(), Optional.empty(), Optional.of(province))),
                Optional.of(FiscalYear.ofBuddhistEra(year)), Optional.empty(), Optional.empty(), Optional.empty(),
                template.sections(), measures, indicators, List.of(), Optional.empty(), title, List.of());
    }

    private static byte[] longBytes(long value) {
        byte[] bytes = new byte[8];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (value >>> (8 * i));
        }
        return bytes;
    }

    public static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(file -> file.toFile().length()).sum();
        }
    }

    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Collections.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }
}
