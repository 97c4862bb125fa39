package th.ita.model;

/**
 * A numbered part of a report, e.g. "๑. ด้านนโยบายผู้บริหาร…".
 *
 * @param number the section number in ASCII digits
 * @param title  the title as written, without the number
 */
public record Section(String number, String title) {
}
