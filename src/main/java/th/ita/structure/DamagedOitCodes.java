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

    /** "(", something read for O, 1-3 digits or look-alike letters, ")". */
    private static final Pattern DAMAGED = Pattern.compile("\\(\\s*([OoＯ0๐])\\s*([0-9๐-๙A-Za-z@]{1,3})\\s*\\)");
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
        while (m.find()) {
            String letter = m.group(1);
            String digits = ThaiDigits.toAscii(m.group(2));
            boolean plain = "OoＯ".contains(letter) && digits.matches("\\d{1,2}");
            Optional<String> code = plain || items.isEmpty() ? Optional.empty() : confirmed(digits, nameAfter(cell, m.end()), items);
            if (code.isPresent()) {
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

    private static Optional<String> confirmed(String digits, String name, List<ItaCatalogue.CatalogOitItem> items) {
        if (BigramSimilarity.letters(name).length() < 3) {
            return Optional.empty();
        }
        List<ItaCatalogue.CatalogOitItem> ranked = items.stream()
                .sorted(Comparator.comparingDouble((ItaCatalogue.CatalogOitItem i) -> -score(name, i.name()))).toList();
        double best = score(name, ranked.get(0).name());
        double second = ranked.size() > 1 ? score(name, ranked.get(1).name()) : 0;
        if (digits.matches("\\d{1,2}")) {
            String read = "O" + Integer.parseInt(digits);
            Optional<ItaCatalogue.CatalogOitItem> asRead = items.stream().filter(i -> i.code().equalsIgnoreCase(read)).findFirst();
            if (asRead.isPresent() && score(name, asRead.get().name()) >= Math.max(best - READ_CODE_SLACK, NAME_MATCH / 2)) {
                return Optional.of(read);
            }
        }
        if (best < NAME_MATCH) {
            return Optional.empty();
        }
        if (best - second >= NAME_MARGIN) {
            return Optional.of(ranked.get(0).code());
        }
        // names that hold one another (O42 and O43): the last digit as read picks one of the close few
        String last = digits.isEmpty() ? "" : digits.substring(digits.length() - 1);
        List<ItaCatalogue.CatalogOitItem> close = ranked.stream()
                .filter(i -> score(name, i.name()) > best - NAME_MARGIN && i.code().endsWith(last) && last.matches("\\d"))
                .toList();
        return close.size() == 1 ? Optional.of(close.get(0).code()) : Optional.empty();
    }

    /** A name cut by a line or page end still fits its whole name, so containment counts as well as likeness. */
    private static double score(String written, String name) {
        return Math.max(BigramSimilarity.dice(written, name), BigramSimilarity.containment(written, name) * 0.9);
    }

    private static String nameAfter(String cell, int from) {
        int next = cell.indexOf('(', from);
        int end = Math.min(next < 0 ? cell.length() : next, from + NAME_CHARS);
        return cell.substring(from, end).strip();
    }
}
