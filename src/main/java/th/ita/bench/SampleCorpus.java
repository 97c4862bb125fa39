package th.ita.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Makes many distinct copies of the sample reports: each copy differs by a few bytes the format ignores (a text
 * line, a PDF comment after the end marker, a zip comment), so each is a new report id and is really processed.
 */
public final class SampleCorpus {

    private SampleCorpus() {
    }

    /** Sample files with a text layer or text: scans are left out because OCR would dominate the timing. */
    public static List<Path> textSamples(Path sampleDir) throws IOException {
        try (Stream<Path> walk = Files.walk(sampleDir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> {
                        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
                        return !name.contains("scanned") && name.matches(".*\\.(txt|docx|pdf)");
                    })
                    .sorted()
                    .toList();
        }
    }

    /**
     * Writes {@code count} distinct copies, cycling through the samples, into {@code target}. Copies made with
     * different {@code label}s differ from each other too.
     */
    public static List<Path> distinctCopies(List<Path> samples, int count, Path target, String label) throws IOException {
        Files.createDirectories(target);
        List<Path> copies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path sample = samples.get(i % samples.size());
            String name = sample.getFileName().toString();
            int dot = name.lastIndexOf('.');
            Path copy = target.resolve("%04d-%s%s".formatted(i, name.substring(0, dot), name.substring(dot)));
            writeVariant(sample, copy, label + " " + i);
            copies.add(copy);
        }
        return copies;
    }

    private static void writeVariant(Path sample, Path copy, String variant) throws IOException {
        String name = sample.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx")) {
            rezipWithComment(sample, copy, "copy " + variant);
            return;
        }
        Files.copy(sample, copy);
        String marker = name.endsWith(".pdf") ? "\n%% copy " + variant + "\n" : "\ncopy " + variant + "\n";
        Files.writeString(copy, marker, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static void rezipWithComment(Path docx, Path copy, String comment) throws IOException {
        try (InputStream in = Files.newInputStream(docx);
             ZipInputStream zipIn = new ZipInputStream(in);
             OutputStream out = Files.newOutputStream(copy);
             ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = zipIn.getNextEntry()) != null; ) {
                zipOut.putNextEntry(new ZipEntry(entry.getName()));
                zipIn.transferTo(zipOut);
                zipOut.closeEntry();
            }
            zipOut.setComment(comment);
        }
    }
}
