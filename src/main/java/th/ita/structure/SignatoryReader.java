package th.ita.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.ita.model.Signatory;

/** Reads signature blocks: a bracketed name line, "(นางราชวี อนุกุล)", followed by position lines. */
final class SignatoryReader {

    private static final Pattern NAME = Pattern.compile("^\\(\\s*((?:นาย|นาง|น\\.ส\\.|ว่าที่|ดร\\.|พ\\.|จ\\.|ร\\.)[^()]{2,60}?)\\s*\\)$");
    private static final Pattern NOT_POSITION = Pattern.compile("^(?:\\(|-|ทราบ|รายงาน|แผน|สรุปผล|ผลการ|มาตรการ|วันที่|ความเห็น|อนุมัติ|อนุญาต|ลงชื่อ|ลงนาม|\\d|[๐-๙]).*");
    private static final int MAX_POSITION_LINES = 3;

    /** Whether a line is a signature's bracketed name. */
    static boolean isNameLine(String line) {
        return NAME.matcher(line.strip()).matches();
    }

    List<Signatory> read(List<String> lines) {
        List<Signatory> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = NAME.matcher(lines.get(i).strip());
            if (!m.matches()) {
                continue;
            }
            StringBuilder position = new StringBuilder();
            for (int j = i + 1; j < Math.min(lines.size(), i + 1 + MAX_POSITION_LINES); j++) {
                String next = lines.get(j).strip();
                if (next.isEmpty() || NOT_POSITION.matcher(next).matches() || next.length() > 80) {
                    break;
                }
                position.append(position.length() == 0 ? "" : " ").append(next.replaceFirst("^ตำแหน่ง\\s*", ""));
            }
            out.add(new Signatory(m.group(1).replaceAll("\\s+", " "), position.toString()));
        }
        return out;
    }
}
