package th.ita.extract.ocr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Several picture files (such as the pictures inside a DOCX), one page each: the first frame of each. */
final class PictureFilesPages implements PageImages {

    private final List<Path> files;
    private final int defaultDpi;

    PictureFilesPages(List<Path> files, int defaultDpi) {
        this.files = List.copyOf(files);
        this.defaultDpi = defaultDpi;
    }

    @Override
    public int count() {
        return files.size();
    }

    @Override
    public GrayImage render(int number) throws IOException {
        try (ImageFilePages pages = new ImageFilePages(files.get(number - 1), defaultDpi)) {
            return pages.render(1);
        }
    }

    @Override
    public int dpi(int number) {
        try (ImageFilePages pages = new ImageFilePages(files.get(number - 1), defaultDpi)) {
            return pages.dpi(1);
        } catch (IOException e) {
            return defaultDpi;
        }
    }

    @Override
    public void close() {
        // nothing held open between pages
    }
}
