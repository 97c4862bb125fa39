package th.ita.structure.golden;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.TeeContentHandler;
import org.apache.tika.sax.ToXMLContentHandler;
import org.xml.sax.SAXException;

import th.ita.extract.PageLayout;
import th.ita.extract.PdfLayoutReader;
import th.ita.structure.StructureInput;

/**
 * Reads a fixture the way the pipeline will: a text file as UTF-8; anything else through Tika's
 * AutoDetectParser for XHTML and plain text at once, plus positioned words for PDFs.
 */
public final class GoldenDocumentReader {

    private final AutoDetectParser parser = new AutoDetectParser();
    private final PdfLayoutReader layoutReader = new PdfLayoutReader();
    private final java.util.function.UnaryOperator<String> normalizer;

    public GoldenDocumentReader(java.util.function.UnaryOperator<String> normalizer) {
        this.normalizer = normalizer;
    }

    public StructureInput read(Path file) throws IOException, TikaException, SAXException {
        String name = file.getFileName().toString();
        if (name.endsWith(".txt") || name.endsWith(".md")) {
            return new StructureInput(normalizer.apply(Files.readString(file, StandardCharsets.UTF_8)), "", List.of(),
                    "text/plain");
        }
        ToXMLContentHandler xhtml = new ToXMLContentHandler();
        BodyContentHandler text = new BodyContentHandler(-1);
        Metadata metadata = new Metadata();
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in, new TeeContentHandler(xhtml, text), metadata, new ParseContext());
        }
        String mediaType = metadata.get(Metadata.CONTENT_TYPE);
        List<PageLayout> layout = mediaType != null && mediaType.startsWith("application/pdf")
                ? layoutReader.read(file) : List.of();
        return new StructureInput(normalizer.apply(text.toString()), xhtml.toString(), layout,
                mediaType == null ? "application/octet-stream" : mediaType);
    }
}
