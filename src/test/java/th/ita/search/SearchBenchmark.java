package th.ita.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.ita.index.ReportFixtures;
import th.ita.index.ReportIndexer;
import th.ita.index.WordSegmenter;
import th.ita.model.FiscalYear;
import th.ita.model.Indicator;
import th.ita.model.Measure;
import th.ita.model.Organization;
import th.ita.model.Report;
import th.ita.model.SourceFile;

/**
 * Not a test: builds an index of at least 1,000,000 measure and indicator documents by varying the fixture
 * reports' real units (organisation, province, year, wording), then times 1,000 quality-set queries with and
 * without filters and facets. Excluded from the normal run by the "benchmark" tag. Run (see BENCHMARKS.md):
 * {@code mvn -o test -Dtest=SearchBenchmark -Dtest.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class SearchBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(SearchBenchmark.class);
    private static final int UNITS = Integer.getInteger("bench.units", 1_000_000);
    private static final int QUERIES = 1_000;
    /** Each misspelt query runs the slower relaxed query as well; fewer of them keep the run in minutes. */
    private static final int MISSPELT_QUERIES = 200;
    private static final List<String> PLACE_HEADS = List.of("หนอง", "บ้าน", "วัง", "ท่า", "โคก", "ดอน", "บึง", "นา", "ห้วย", "เขา");
    private static final List<String> PLACE_TAILS = List.of("โสน", "มะปราง", "ทอง", "ใหญ่", "น้อย", "แดง", "ขาม", "ไผ่",
            "กลาง", "เหนือ", "ใต้", "บัว", "ยาง", "ทราย", "จิก", "กระทุ่ม", "สะแก", "ตาล", "ม่วง", "โพธิ์", "หิน", "ปลาไหล", "ลำดวน", "ชุมแสง", "ขี้เหล็ก");
    private static final List<String> KINDS = List.of("องค์การบริหารส่วนตำบล", "เทศบาลตำบล");
    private static final List<String> PROVINCES = List.of("เพชรบุรี", "ตรัง", "ชลบุรี", "นครราชสีมา", "เชียงใหม่", "ขอนแก่น",
            "สงขลา", "อุบลราชธานี", "ลำปาง", "สุพรรณบุรี", "ราชบุรี", "กาญจนบุรี", "พัทลุง", "นครศรีธรรมราช", "สุรินทร์", "บุรีรัมย์",
            "ชัยภูมิ", "พิษณุโลก", "ลพบุรี", "ระยอง");

    @Test
    void indexAMillionUnitsAndTimeAThousandQueries() throws Exception {
        Path indexDir = Path.of(System.getProperty("bench.dir", "target/bench-index"));
        // Building takes minutes at a million units; when profiling queries, -Dbench.reuse=true keeps the index.
        boolean reuse = Boolean.getBoolean("bench.reuse") && indexExists(indexDir);
        StringBuilder report = new StringBuilder();
        int threads = Runtime.getRuntime().availableProcessors();
        if (reuse) {
            report.append(String.format(Locale.ROOT, "index reused from %s (built by an earlier run; its indexing rate is not measured here)%n", indexDir));
        } else {
            report.append(build(indexDir, threads));
        }
        long indexBytes = sizeOf(indexDir);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
            report.append(String.format(Locale.ROOT, "index: %,d documents, %,.1f MiB on disk in %d segments%n",
                    reader.numDocs(), indexBytes / 1048576.0, reader.leaves().size()));
        }
        LOG.info("Search benchmark index ready\n{}", report);

        List<QualityQueries.Query> all = QualityQueries.load();
        // The rows before the relaxed fallback timed the clean queries; the misspelt ones are timed apart, since
        // each of them runs the relaxed query.
        List<String> clean = all.stream().filter(q -> !q.ocrMisspelt()).map(QualityQueries.Query::text).toList();
        List<String> misspelt = all.stream().filter(QualityQueries.Query::ocrMisspelt).map(QualityQueries.Query::text).toList();
        Random random = new Random(42);
        List<SearchRequest> plain = requests(clean, QUERIES, SearchFilters.none());
        List<SearchRequest> filtered = new ArrayList<>();
        for (SearchRequest request : plain) {
            filtered.add(request.withFilters(randomFilters(random)));
        }
        List<SearchRequest> filtersOnly = filtered.stream().map(r -> new SearchRequest("", r.filters(), 20, true)).toList();
        List<SearchRequest> misspeltPlain = requests(misspelt, MISSPELT_QUERIES, SearchFilters.none());
        List<SearchRequest> misspeltFiltered = new ArrayList<>();
        for (SearchRequest request : misspeltPlain) {
            misspeltFiltered.add(request.withFilters(randomFilters(random)));
        }
        resetHeapPeaks();
        try (ReportSearcher searcher = ReportSearcher.open(indexDir)) {
            time(searcher, withFacets(plain.subList(0, 200)), null);
            report.append(time(searcher, plain, "text only"));
            report.append(time(searcher, filtered, "text + filters"));
            report.append(time(searcher, withFacets(plain), "text + facets"));
            report.append(time(searcher, withFacets(filtered), "text + filters + facets"));
            report.append(time(searcher, filtersOnly, "filters only (+ facets)"));
            time(searcher, misspeltPlain.subList(0, 20), null);
            report.append(time(searcher, misspeltPlain, "misspelt (relaxed)"));
            report.append(time(searcher, misspeltFiltered, "misspelt + filters"));
            report.append(time(searcher, withFacets(misspeltPlain), "misspelt + facets"));
        }
        long heapPeak = heapPeak();
        System.gc();
        long heapUsed = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        report.append(String.format(Locale.ROOT, "heap while searching: peak pools sum %,.0f MiB, %,.0f MiB live after GC, -Xmx %,.0f MiB%n",
                heapPeak / 1048576.0, heapUsed / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0));
        report.append(String.format(Locale.ROOT, "machine: %d cores, %s, Java %s; %s%n", threads,
                System.getProperty("os.name") + " " + System.getProperty("os.arch"), System.getProperty("java.version"), LocalDate.now()));
        LOG.info("Search benchmark\n{}", report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/benchmark-search.txt"), report);
    }

    /** Indexes {@link #UNITS} varied units on every core, from an empty folder; returns the indexing figures. */
    private static String build(Path indexDir, int threads) throws Exception {
        return build(indexDir, threads, UNITS);
    }

    /** Indexes {@code unitCount} varied units (other benchmarks build smaller indexes the same way). */
    static String build(Path indexDir, int threads, long unitCount) throws Exception {
        deleteRecursively(indexDir);
        List<Report> templates = ReportFixtures.ALL.stream().map(ReportFixtures::report).toList();
        resetHeapPeaks();
        long start = System.nanoTime();
        AtomicLong units = new AtomicLong();
        AtomicLong reports = new AtomicLong();
        try (ReportIndexer indexer = ReportIndexer.open(indexDir, WordSegmenter.ICU, Duration.ofMinutes(10))) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
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
            pool.shutdown();
            indexer.commit();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "units indexed: %,d (+ %,d report documents) in %.1f s = %,.0f units/s with %d threads%n"
                + "heap while indexing: peak pools sum %,.0f MiB%n",
                units.get(), reports.get(), seconds, units.get() / seconds, threads, heapPeak() / 1048576.0);
    }

    private static boolean indexExists(Path indexDir) throws IOException {
        if (!Files.isDirectory(indexDir)) {
            return false;
        }
        try (Directory directory = FSDirectory.open(indexDir)) {
            return DirectoryReader.indexExists(directory);
        }
    }

    private static List<SearchRequest> requests(List<String> texts, int count, SearchFilters filters) {
        List<SearchRequest> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(new SearchRequest(texts.get(i % texts.size()), filters, 20, false));
        }
        return requests;
    }

    /** A fiscal-year range of one or two years, a kind, and half the time a province. */
    private static SearchFilters randomFilters(Random random) {
        int from = 2562 + random.nextInt(5);
        return new SearchFilters(Optional.of(new YearRange(from, from + random.nextInt(2))), List.of(),
                random.nextBoolean() ? List.of(PROVINCES.get(random.nextInt(PROVINCES.size()))) : List.of(),
                List.of(random.nextBoolean() ? "measure" : "indicator"), List.of(), List.of(), List.of());
    }

    private static List<SearchRequest> withFacets(List<SearchRequest> requests) {
        return requests.stream().map(request -> request.withFacets(true)).toList();
    }

    private static String time(ReportSearcher searcher, List<SearchRequest> requests, String label) throws IOException {
        long[] nanos = new long[requests.size()];
        long hits = 0;
        for (int i = 0; i < requests.size(); i++) {
            long start = System.nanoTime();
            hits += searcher.search(requests.get(i)).total();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        if (label == null) {
            return "";
        }
        String line = String.format(Locale.ROOT, "%-26s p50 %7.1f ms  p99 %7.1f ms  mean %6.1f ms  mean matches %,d%n", label + ":",
                nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6,
                Arrays.stream(nanos).average().orElse(0) / 1e6, hits / requests.size());
        LOG.info("{}", line.strip());
        return line;
    }

    private static void resetHeapPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Upper bound of heap in use since the last reset: pools peak at different moments, so the sum can overstate. */
    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    /** A plausible other report: another organisation, province and year, items dropped and reordered. */
    private static Report variant(Report template, long n, Random random) {
        String place = PLACE_HEADS.get((int) (n % PLACE_HEADS.size())) + PLACE_TAILS.get((int) (n / 10 % PLACE_TAILS.size()));
        String organization = KINDS.get((int) (n / 250 % KINDS.size())) + place;
        String province = PROVINCES.get((int) (n / 500 % PROVINCES.size()));
        int year = 2562 + (int) (n % 6);
        String id = HexFormat.of().formatHex(longBytes(n)) + HexFormat.of().formatHex(longBytes(~n)) + "0".repeat(32);
        List<Measure> measures = template.measures().stream().map(m -> new Measure(m.section(), m.code(), m.title(),
                vary(m.methods(), random), m.responsible(), m.period(), vary(m.results(), random), m.suggestions())).toList();
        List<Indicator> indicators = template.indicators().stream().map(i -> new Indicator(i.form(), i.number(), i.name(),
                i.catalogName(), vary(i.issues(), random), vary(i.results(), random), i.oitItems())).toList();
        String title = template.title().orElse("") + " " + organization;
        SourceFile source = new SourceFile(place + "/ITA-" + year + ".pdf", "application/pdf", id, 1000, java.util.OptionalInt.of(6),
                Optional.empty(), template.source().extractedAt());
        // Report documents carry only the title here: the full text would double the analysed volume and the
        // benchmark is about measure and indicator documents.
        return new Report(1, id, source, Optional.of(title),
                Optional.of(new Organization(organization, Optional.empty(), Optional.empty(), Optional.of(province))),
                Optional.of(FiscalYear.ofBuddhistEra(year)), Optional.empty(), Optional.empty(), Optional.empty(),
                template.sections(), measures, indicators, List.of(), Optional.empty(), title, List.of());
    }

    private static List<String> vary(List<String> items, Random random) {
        List<String> varied = new ArrayList<>(items);
        if (varied.size() > 2) {
            varied.remove(random.nextInt(varied.size()));
            Collections.rotate(varied, random.nextInt(varied.size()));
        }
        return varied;
    }

    private static byte[] longBytes(long value) {
        byte[] bytes = new byte[8];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (value >>> (8 * i));
        }
        return bytes;
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Collections.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }
}
