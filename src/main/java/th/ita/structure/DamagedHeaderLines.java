package th.ita.structure;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the memo labels OCR damages before the header is read: Tesseract drops tone marks ("ที" for
 * ที่, "เรือง" for เรื่อง, "บนทกขอความ" for บันทึกข้อความ) and glues specks to them ("วันที«"). A line's
 * first word is taken as a label when its letters without marks are a label's; ที่ only when a memo number
 * follows, since a lone ที is common Thai. Lines of nothing but specks (".", "|") go, and so do specks
 * before a line's first word (". (นายนาฏ วงศ์ทองดี)"), so signature blocks are found too.
 */
final class DamagedHeaderLines {

    private static final List<String> LABELS = List.of("บันทึกข้อความ", "ส่วนราชการ", "วันที่", "เรื่อง", "เรียน", "ที่");
    private static final Map<String, String> BY_SKELETON = LABELS.stream()
            .collect(java.util.stream.Collectors.toMap(ThaiText::skeleton, l -> l));
    /** The first word: Thai letters and marks, then specks glued on. */
    private static final Pattern FIRST_WORD = Pattern.compile("^([\\u0E01-\\u0E4E]+)[^\\s\\u0E01-\\u0E4E0-9]*(?=\\s|$)");
    private static final Pattern LEADING_SPECKS = Pattern.compile("^[.,:;'|·\\s]+(?=\\S)");
    private static final Pattern MEMO_NUMBER = Pattern.compile("^\\s+[ก-ฮ]{2,3}\\.?\\s*[0-9๐-๙].*");

    private DamagedHeaderLines() {
    }

    static List<String> repaired(List<String> lines) {
        return lines.stream().filter(DamagedHeaderLines::hasText)
                .map(line -> LEADING_SPECKS.matcher(line).replaceFirst("")).map(DamagedHeaderLines::label).toList();
    }

    private static boolean hasText(String line) {
        return line.isBlank() || line.matches("(?s).*[\\u0E01-\\u0E2E0-9๐-๙A-Za-z].*");
    }

    private static String label(String line) {
        Matcher m = FIRST_WORD.matcher(line.strip());
        if (!m.find()) {
            return line;
        }
        String label = BY_SKELETON.get(ThaiText.skeleton(m.group(1)));
        String rest = line.strip().substring(m.end());
        if (label == null || label.equals(m.group()) || label.equals("ที่") && !MEMO_NUMBER.matcher(rest).matches()) {
            return line;
        }
        return label + rest;
    }
}
