package th.ita.structure;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.ita.normalize.ThaiDigits;

/**
 * Reads the number and name of an indicator from its cell ("ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต"), also when
 * OCR has damaged it: the keyword without its tone marks ("ตัวชีวัดที"), specks before it ("wde a"), the number
 * lost or standing on its own line. When no number can be read, the name is matched against the catalogue's
 * names for the year by bigram similarity; the number is taken from the catalogue only when one indicator
 * stands clearly above the others and follows the indicator before it, and that is recorded as a problem.
 */
final class IndicatorCellReader {

    /** What the cell says. */
    record ReadIndicator(int number, String name) {
    }

    private static final List<String> FORMS = List.of("IIT", "EIT", "OIT");
    private static final String MARKS = "[\\u0E31\\u0E34-\\u0E3A\\u0E47-\\u0E4E]*";
    /**
     * ตัวชี้วัด(ที่) with any of its marks missing, a letter-sized gap OCR may put inside, ว sometimes lost, and its
     * ช read as a letter of like shape (ซ; ธ in some fonts scanned bilevel: "ตัวธีวัดที่๕").
     */
    private static final Pattern KEYWORD = Pattern.compile(
            "ต" + MARKS + "ว" + MARKS + "\\s?[ชซธ]" + MARKS + "\\s?(?:ว" + MARKS + ")?\\s?ด" + MARKS + "(?:\\s?ท" + MARKS + ")?");
    private static final Pattern NUMBER_AFTER = Pattern.compile("^\\s*[.:]?\\s*([0-9๐-๙]{1,2})(?![0-9๐-๙])\\s*[.:)]?\\s*(.*)$");
    private static final Pattern LONE_NUMBER = Pattern.compile("(?<![0-9๐-๙.])([0-9๐-๙]{1,2})(?![0-9๐-๙.])");
    private static final Pattern LEADING_NOISE = Pattern.compile("^(?:[^\\u0E01-\\u0E2E]*\\s)+|^[^\\u0E01-\\u0E2E]+");
    /** The best name must score this well to give the row its number. */
    static final double NAME_MATCH = 0.6;
    /** ... and beat the runner-up by this much. */
    static final double NAME_MARGIN = 0.2;
    /** On OCR'd input a read name this close to the catalogue's is taken in the catalogue's spelling. */
    static final double NAME_AS_CATALOGUE = 0.7;

    private final ItaCatalogue catalogue;

    IndicatorCellReader(ItaCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * @param cell           the indicator cell, on one line
     * @param previousNumber the number of the indicator row above, 0 for the first
     * @param startsRow      the row has its own form cell, so a bare name starts a new indicator
     * @param readByOcr      the text came from OCR
     */
    Optional<ReadIndicator> read(String cell, Optional<Integer> year, int previousNumber, boolean startsRow,
                                 boolean readByOcr, ProblemLog problems) {
        Matcher keyword = KEYWORD.matcher(cell);
        // OCR may put specks before the keyword; a text layer puts it first
        boolean hasKeyword = readByOcr ? keyword.find() : keyword.lookingAt();
        String after = hasKeyword ? cell.substring(keyword.end()) : cell;
        Matcher numbered = NUMBER_AFTER.matcher(after);
        if (numbered.matches() && (hasKeyword || !readByOcr || cell.strip().startsWith(numbered.group(1)))) {
            int number = Integer.parseInt(ThaiDigits.toAscii(numbered.group(1)));
            if (readByOcr && (catalogue.indicator(number, year).isEmpty() || number <= previousNumber)) {
                // a number out of place ("๐" where the name says ๖) yields to the name when it could be its misreading
                Optional<ItaCatalogue.CatalogIndicator> byName = byName(clean(numbered.group(2)), year, previousNumber)
                        .filter(i -> MisreadThaiDigits.couldBe(numbered.group(1), String.valueOf(i.number())));
                if (byName.isPresent()) {
                    problems.add("INDICATOR_NUMBER_MISREAD", "indicator number read as " + numbered.group(1) + " in \""
                            + cell + "\"; its name and place say " + byName.get().number());
                    int misread = byName.get().number();
                    return Optional.of(new ReadIndicator(misread, name(misread, numbered.group(2), year, true, problems)));
                }
            }
            return Optional.of(new ReadIndicator(number, name(number, numbered.group(2), year, readByOcr, problems)));
        }
        if (!readByOcr || !(hasKeyword || startsRow)) {
            return Optional.empty();
        }
        String written = clean(after);
        Optional<ItaCatalogue.CatalogIndicator> byName = byName(written, year, previousNumber);
        Optional<Integer> lone = loneNumber(hasKeyword ? cell.substring(0, keyword.start()) : "");
        if (byName.isEmpty() || lone.isPresent() && lone.get() != byName.get().number()) {
            return Optional.empty();
        }
        int number = byName.get().number();
        problems.add("INDICATOR_NUMBER_FROM_NAME", "indicator number not readable in \"" + cell
                + "\"; its name matches indicator " + number + " (" + byName.get().name() + ")");
        return Optional.of(new ReadIndicator(number, name(number, written, year, true, problems)));
    }

    /** Whether a cell, as a text layer writes it, opens with the keyword and a number: a new indicator's row. */
    static boolean startsIndicator(String cell) {
        Matcher keyword = KEYWORD.matcher(cell.strip());
        return keyword.lookingAt() && NUMBER_AFTER.matcher(cell.strip().substring(keyword.end())).matches();
    }

    /**
     * The form (IIT, EIT, OIT) a form cell names. On OCR'd input the letters OCR takes the I and the O for
     * ("เ", "l", "1", "|"; "0", "๐") are read as them first, so "EเT" is EIT; "เท" or "IT" name no form.
     */
    static Optional<String> form(String cell, boolean readByOcr) {
        String s = cell.replace(" ", "").toUpperCase();
        if (readByOcr) {
            s = s.replaceAll("[เL1|]", "I").replaceAll("[0๐]", "O");
        }
        return FORMS.contains(s) ? Optional.of(s) : Optional.empty();
    }

    private Optional<ItaCatalogue.CatalogIndicator> byName(String written, Optional<Integer> year, int previousNumber) {
        if (BigramSimilarity.letters(written).length() < 6) {
            return Optional.empty();
        }
        return CatalogueNameMatch.rank(written, catalogue.indicators(year), ItaCatalogue.CatalogIndicator::name)
                .clearWinner(NAME_MATCH, NAME_MARGIN).filter(best -> best.number() > previousNumber);
    }

    private String name(int number, String written, Optional<Integer> year, boolean readByOcr, ProblemLog problems) {
        String read = ReportBodyReader.oneLine(readByOcr ? clean(written) : written);
        if (!readByOcr) {
            return read;
        }
        Optional<String> known = catalogue.indicator(number, year).map(ItaCatalogue.CatalogIndicator::name)
                .filter(n -> BigramSimilarity.dice(read, n) >= NAME_AS_CATALOGUE);
        if (known.isEmpty()) {
            return read;
        }
        // OCR's spaces inside Thai words mean nothing; only a change of letters is worth a problem
        if (!known.get().replace(" ", "").equals(read.replace(" ", ""))) {
            problems.add("INDICATOR_NAME_FROM_CATALOGUE", "indicator " + number + " read as \"" + read
                    + "\", taken as the catalogue's \"" + known.get() + "\"");
        }
        return known.get();
    }

    /** OCR specks around a name: leading and trailing tokens without a Thai consonant. */
    static String clean(String text) {
        String s = ReportBodyReader.oneLine(text);
        s = LEADING_NOISE.matcher(s).replaceFirst("");
        return s.replaceAll("(?:\\s+[^\\u0E01-\\u0E2E\\s]+)+$", "").replaceAll("[\\s.:]+$", "").strip();
    }

    private static Optional<Integer> loneNumber(String text) {
        Matcher m = LONE_NUMBER.matcher(text);
        return m.find() ? Optional.of(Integer.parseInt(ThaiDigits.toAscii(m.group(1)))) : Optional.empty();
    }
}
