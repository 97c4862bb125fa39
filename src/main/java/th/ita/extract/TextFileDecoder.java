package th.ita.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.txt.UniversalEncodingDetector;

/**
 * Decodes legacy text exports: a byte-order mark wins, then strict UTF-8, then juniversalchardet. Thai exports
 * that are not UTF-8 are TIS-620 or its Windows superset, so they are decoded as windows-874, which also maps
 * the 0x80-0x9F punctuation TIS-620 leaves undefined.
 */
final class TextFileDecoder {

    static final Charset WINDOWS_874 = Charset.forName("x-windows-874");

    record DecodedText(String text, Charset charset) {
    }

    DecodedText decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new DecodedText(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new DecodedText(text, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            Charset detected = detect(bytes);
            return new DecodedText(new String(bytes, detected), detected);
        }
    }

    private static Charset detect(byte[] bytes) {
        try {
            Charset detected = new UniversalEncodingDetector()
                    .detect(new ByteArrayInputStream(bytes), new Metadata());
            if (detected == null || detected.name().equalsIgnoreCase("TIS-620")
                    || detected.name().equalsIgnoreCase("windows-874")) {
                return WINDOWS_874;
            }
            return detected;
        } catch (IOException impossibleInMemory) {
            return WINDOWS_874;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

}
