package th.ita.model;

import java.util.Optional;

/**
 * The header of an internal memo (บันทึกข้อความ). Every field is optional because real memos omit lines.
 *
 * @param department ส่วนราชการ
 * @param phone      โทร.
 * @param reference  ที่, e.g. "พบ 32401/16" (ASCII digits)
 * @param date       วันที่ as an ISO date
 * @param subject    เรื่อง
 * @param to         เรียน
 */
public record Memo(
        Optional<String> department,
        Optional<String> phone,
        Optional<String> reference,
        Optional<String> date,
        Optional<String> subject,
        Optional<String> to) {
}
