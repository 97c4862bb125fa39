package th.ita.structure;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.ita.model.Memo;
import th.ita.normalize.ThaiDigits;

/**
 * Reads the header of a memo (บันทึกข้อความ: ส่วนราชการ / ที่ / วันที่ / เรื่อง / เรียน) and the like-shaped
 * headers of orders (คำสั่ง … ที่ … เรื่อง), announcements (ประกาศ … เรื่อง) and web-publication forms
 * (ชื่อหน่วยงาน / วัน/เดือน/ปี / หัวข้อ). PDF text may put a value on the line after its label.
 */
final class MemoHeaderReader {

    private static final int WINDOW = 40;
    private static final Pattern DEPARTMENT = Pattern.compile("^(?:ส่วนราชการ|ชื่อหน่วยงาน)\\s*:?\\s*(.*)$");
    private static final Pattern PHONE = Pattern.compile("\\s*โทร(?:ศัพท์)?\\.?\\s*:?\\s*([0-9๐-๙][0-9๐-๙ ,\\-–]*[0-9๐-๙])?.*$");
    private static final Pattern PHONE_ALONE = Pattern.compile("\\s*[0-9๐-๙][0-9๐-๙ ,\\-–]*[0-9๐-๙]\\s*");
    private static final Pattern REFERENCE = Pattern.compile("^ที่(?:\\s*:\\s*|\\s+|(?=[ก-ฮ]{2}\\.?\\s*[0-9๐-๙]))([^\\s].*?)\\s*(?:(วันที่.*))?$");
    private static final Pattern DATE = Pattern.compile("^(?:วันที่|วัน\\s*/\\s*เดือน\\s*/\\s*ปี?)\\s*:?\\s*(.*)$");
    private static final Pattern SUBJECT = Pattern.compile("^(?:เรื่อง|หัวข้อ)\\s*:?\\s*(.*)$");
    private static final Pattern TO = Pattern.compile("^เรียน\\s*(.*)$");
    private static final Pattern ISSUER = Pattern.compile("^(คำสั่ง|ประกาศ)\\s*(\\S.*)$");
    private static final Pattern ISSUED_ON = Pattern.compile("(?:สั่ง|ประกาศ)\\s*ณ\\s*วันที่\\s*(.+)$");
    private static final Pattern SUBJECT_END = Pattern.compile("^(?:เรียน|[.…_\\-=]{5,}|รายละเอียด|ตาม|ด้วย|อ้างถึง|สิ่งที่ส่งมาด้วย|ชื่อ|วัน|ที่\\s).*");
    private static final Pattern PREFIX_DIGITS = Pattern.compile("^([ก-ฮ]{2,3})\\.?\\s*(?=\\d)");

    /** The header, when the text has one in its first lines. */
    Optional<Memo> read(List<String> lines) {
        int start = 0;
        for (int i = 0; i < Math.min(lines.size(), WINDOW); i++) {
            if (lines.get(i).replace(" ", "").startsWith("บันทึกข้อความ")) {
                start = i + 1;
                break;
            }
        }
        Optional<String> department = Optional.empty();
        Optional<String> phone = Optional.empty();
        Optional<String> reference = Optional.empty();
        Optional<String> date = Optional.empty();
        Optional<String> subject = Optional.empty();
        Optional<String> to = Optional.empty();
        int end = Math.min(lines.size(), start + WINDOW);
        for (int i = start; i < end; i++) {
            String line = lines.get(i);
            Matcher m;
            if (department.isEmpty() && (m = DEPARTMENT.matcher(line)).matches()) {
                String value = valueOrNext(m.group(1), lines, i);
                Matcher p = PHONE.matcher(value);
                if (p.find()) {
                    String number = p.group(1);
                    if (number == null && value.substring(p.start()).strip().matches("โทร(?:ศัพท์)?\\.?\\s*:?")
                            && i + 1 < lines.size() && PHONE_ALONE.matcher(lines.get(i + 1)).matches()) {
                        // a label at the end of the line: the page wrapped the number onto the next
                        number = lines.get(i + 1);
                    }
                    if (number != null) {
                        phone = Optional.of(ThaiDigits.toAscii(number).replaceAll("\\s+", " ").strip());
                    }
                    value = value.substring(0, p.start());
                } else if (i + 1 < lines.size() && (p = PHONE.matcher(lines.get(i + 1))).lookingAt() && p.group(1) != null) {
                    // the page wrapped the label with its number onto the next line
                    phone = Optional.of(ThaiDigits.toAscii(p.group(1)).replaceAll("\\s+", " ").strip());
                }
                department = nonEmpty(value);
            } else if (department.isEmpty() && i < start + 5 && (m = ISSUER.matcher(line)).matches()) {
                department = nonEmpty(m.group(2));
            } else if (reference.isEmpty() && (m = REFERENCE.matcher(line)).matches()
                    && ThaiDigits.toAscii(m.group(1)).matches(".*\\d.*")) {
                reference = nonEmpty(reference(m.group(1)));
                if (m.group(2) != null && date.isEmpty()) {
                    date = isoDate(m.group(2));
                }
            } else if (date.isEmpty() && (m = DATE.matcher(line)).matches()) {
                date = isoDate(valueOrNext(m.group(1), lines, i));
            } else if ((subject.isEmpty() || line.startsWith("หัวข้อ")) && (m = SUBJECT.matcher(line)).matches()) {
                StringBuilder s = new StringBuilder(valueOrNext(m.group(1), lines, i));
                // a subject wrapped by the page continues until the next label, at most two lines
                for (int j = i + 1; j < Math.min(i + 3, lines.size()); j++) {
                    String next = lines.get(j);
                    if (next.isBlank() || SUBJECT_END.matcher(next).matches() || next.startsWith(s.toString())) {
                        break;
                    }
                    s.append(ThaiText.joiner(s, next)).append(next.strip());
                }
                subject = nonEmpty(s.toString());
            } else if (to.isEmpty() && (m = TO.matcher(line)).matches()) {
                to = nonEmpty(m.group(1));
                break;
            }
        }
        if (date.isEmpty()) {
            for (String line : lines) {
                Matcher m = ISSUED_ON.matcher(line);
                if (m.find()) {
                    date = isoDate(m.group(1));
                    break;
                }
            }
        }
        if (reference.isEmpty() && subject.isEmpty() && date.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Memo(department, phone, reference, date, subject, to));
    }

    /** "พบ ๓๒๔๐๑/๑๖" as "พบ 32401/16": ASCII digits, one space after the province code, none inside the number. */
    static String reference(String written) {
        String s = ThaiDigits.toAscii(written).strip();
        s = s.replaceAll("(?<=[0-9./])\\s+(?=[0-9./])", "");
        return PREFIX_DIGITS.matcher(s).replaceFirst("$1 ");
    }

    private static String valueOrNext(String value, List<String> lines, int i) {
        if (!value.isBlank() || i + 1 >= lines.size()) {
            return value.strip();
        }
        return lines.get(i + 1).strip();
    }

    private static Optional<String> isoDate(String text) {
        return ThaiDates.firstDate(text).map(Object::toString);
    }

    private static Optional<String> nonEmpty(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }
}
