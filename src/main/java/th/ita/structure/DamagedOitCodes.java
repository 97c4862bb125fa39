package th.ita.structure;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.ita.normalize.ThaiDigits;

/**
 * Rewrites O-item codes OCR has damaged ("(0 ๒๐ )", "(๐๕)", "(Ow)") into the plain "(O20)" that
 * {@link OitItems} reads, checking each against the catalogue of the fiscal year: OCR reads the letter O as
 * a zero (๐ or 0) and Thai digits as Latin look-alikes (๒ as "w", ๓ as "m"), and sometimes one Thai digit as
 * another. A code is rewritten only when the name written after it confirms it: the code as read when its
 * catalogue name is as close as any, else the one catalogue item whose name stands clearly above the rest.
 * Each rewrite is recorded; a damaged code nothing confirms stays as written, with a problem.
 */
final class DamagedOitCodes {

    /**
     * "(", something read for O (a zero, or a 9 in a round sans-serif face), 1-5 digits or look-alike letters or
     * signs ("(O&)", "(0 ae’)"), ")". The digits may be split by single spaces and hold a glyph or two more than a
     * code has: a wide O is read as two ("(๐0 ๕๒)", "(๐9 ๒๕)"); the name after the code then decides which item
     * it is.
     */
    private static final Pattern DAMAGED = Pattern.compile(
            "\\(\\s*([OoＯ0๐9])\\s*([0-9๐-๙A-Za-z@&%#$’‘'`](?:\\s?[0-9๐-๙A-Za-z@&%#$’‘'`]){0,4})\\s*\\)");
    private static final int NAME_CHARS = 80;
    /** The best catalogue name must score this well ... */
    static final double NAME_MATCH = 0.6;
    /** ... and beat the runner-up by this much to give the code. */
    static final double NAME_MARGIN = 0.1;
    /** The code as read stands when its name scores within this of the best. */
    static final double READ_CODE_SLACK = 0.05;

    private final ItaCatalogue catalogue;

    DamagedOitCodes(ItaCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    String repair(String cell, Optional<Integer> year, ProblemLog problems) {
        List<ItaCatalogue.CatalogOitItem> items = catalogue.oitItems(year);
        Matcher m = DAMAGED.matcher(cell);
        StringBuilder out = new StringBuilder();
        int before = 0;
        while (m.find()) {
            String letter = m.group(1);
            String digits = ThaiDigits.toAscii(m.group(2).replace(" ", ""));
            boolean plain = "OoＯ".contains(letter) && digits.matches("\\d{1,2}");
            Optional<String> code = items.isEmpty() ? Optional.empty() : confirmed(digits, nameAfter(cell, m.end()), items, before);
            before = code.or(() -> plain ? Optional.of("O" + Integer.parseInt(digits)) : Optional.empty())
                    .map(DamagedOitCodes::number).orElse(before);
            if (plain && code.isPresent() && code.get().equals("O" + Integer.parseInt(digits))) {
                code = Optional.empty();
            } else if (plain && code.isPresent()) {
                problems.add("OIT_CODE_REPAIRED", "O-item code read as \"" + m.group() + "\" taken as " + code.get()
                        + ": the name after it is that item's, not " + "O" + Integer.parseInt(digits) + "'s");
            } else if (code.isPresent()) {
                problems.add("OIT_CODE_REPAIRED", "O-item code read as \"" + m.group() + "\" taken as " + code.get()
                        + " by the name after it");
            } else if (!plain) {
                problems.add("OIT_CODE_UNREADABLE", "\"" + m.group() + "\" looks like an O-item code but neither its"
                        + " digits nor the name after it say which");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(code.map(c -> "(" + c + ")").orElse(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The code the name confirms; {@code before} is the number of the code before it in the cell, since a cell lists
     * its items in order. A plain code ("(O23)") is checked the same way: OCR reads one Thai digit as another
     * (๗ as ๓), and only a name that is clearly another item's overrides it.
     */
    private static Optional<String> confirmed(String digits, String name, List<ItaCatalogue.CatalogOitItem> items, int before) {
        if (BigramSimilarity.letters(name).length() < 3) {
            return Optional.empty();
        }
        CatalogueNameMatch<ItaCatalogue.CatalogOitItem> match =
                CatalogueNameMatch.rank(name, items, ItaCatalogue.CatalogOitItem::name);
        double best = match.best();
        if (digits.matches("\\d{1,2}")) {
            String read = "O" + Integer.parseInt(digits);
            Optional<ItaCatalogue.CatalogOitItem> asRead = items.stream().filter(i -> i.code().equalsIgnoreCase(read)).findFirst();
            if (asRead.isPresent() && match.scoreOf(asRead.get()) >= Math.max(best - READ_CODE_SLACK, NAME_MATCH / 2)) {
                return Optional.of(read);
            }
        }
        if (best < NAME_MATCH) {
            return Optional.empty();
        }
        Optional<ItaCatalogue.CatalogOitItem> clear = match.clearWinner(NAME_MATCH, NAME_MARGIN);
        if (clear.isPresent()) {
            return clear.map(ItaCatalogue.CatalogOitItem::code);
        }
        // names that hold one another (O42 and O43): the last digit as read picks one of the close few
        String last = digits.isEmpty() ? "" : digits.substring(digits.length() - 1);
        List<ItaCatalogue.CatalogOitItem> close = match.ranked().stream()
                .filter(i -> match.scoreOf(i) > best - NAME_MARGIN && i.code().endsWith(last) && last.matches("\\d"))
                .toList();
        if (close.size() == 1) {
            return Optional.of(close.get(0).code());
        }
        // names that hold one another and no digit read (O25 in O26's name): the first close one after the code before
        List<ItaCatalogue.CatalogOitItem> following = match.ranked().stream()
                .filter(i -> match.scoreOf(i) > best - NAME_MARGIN && number(i.code()) > before)
                .sorted(Comparator.comparingInt(i -> number(i.code()))).toList();
        return before > 0 && digits.chars().noneMatch(Character::isDigit)
                ? following.stream().findFirst().map(ItaCatalogue.CatalogOitItem::code) : Optional.empty();
    }

    private static int number(String code) {
        return code.matches("[Oo]\\d{1,2}") ? Integer.parseInt(code.substring(1)) : 0;
    }

    private static String nameAfter(String cell, int from) {
        int next = cell.indexOf('(', from);
        int end = Math.min(next < 0 ? cell.length() : next, from + NAME_CHARS);
        return cell.substring(from, end).strip();
    }
}
