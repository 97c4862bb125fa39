package th.ita.structure.golden;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of the {@code manifest.tsv} that {@code scripts/make-variants.sh} writes beside the forms of the seeds it
 * renders: the variant's file and its properties by column name (id, seed, layer, producer, font, borders, ...).
 */
record VariantFile(Map<String, String> properties, Path file) {

    String get(String key) {
        return properties.getOrDefault(key, "");
    }

    /** The configuration both seeds share: the id without its seed prefix. */
    String configuration() {
        return get("id").substring(get("seed").length() + 1);
    }

    /** The variant is in the layer asked for (empty: any) and its id holds one of the substrings (empty: all). */
    boolean selected(String layer, List<String> only) {
        return (layer.isEmpty() || get("layer").equals(layer)) && only.stream().anyMatch(get("id")::contains)
                && Files.isRegularFile(file);
    }

    static List<VariantFile> read(Path folder) throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve("manifest.tsv"), StandardCharsets.UTF_8);
        String[] header = lines.get(0).split("\t", -1);
        List<VariantFile> variants = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            Map<String, String> properties = new LinkedHashMap<>();
            for (int i = 0; i < header.length && i < cells.length; i++) {
                properties.put(header[i], cells[i]);
            }
            variants.add(new VariantFile(properties, folder.resolve(properties.get("file"))));
        }
        return variants;
    }
}
