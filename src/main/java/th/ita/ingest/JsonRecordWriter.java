package th.ita.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.fasterxml.jackson.databind.ObjectMapper;

import th.ita.model.ReportJson;

/**
 * Writes the small JSON records that sit beside filed files (error, duplicate and needs-OCR notes). Each is written
 * to a hidden temporary file and renamed into place, so a reader never sees half a record.
 */
final class JsonRecordWriter {

    private final ObjectMapper mapper = ReportJson.mapper();

    void writeAtomically(Path target, Object value) {
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".note-", ".tmp");
            mapper.writeValue(temp.toFile(), value);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + target, e);
        }
    }
}
