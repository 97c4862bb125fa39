package th.ita.extract.ocr;

import java.io.Closeable;
import java.io.IOException;

/** The pages of one file as images, produced one at a time so a long scan never sits in memory whole. */
public interface PageImages extends Closeable {

    /** How many pages the file has. */
    int count();

    /** Page {@code number} (1-based) as a grey image. Not thread-safe: called by one thread at a time. */
    GrayImage render(int number) throws IOException;

    /** The resolution page {@code number} is rendered or was scanned at. */
    int dpi(int number);
}
