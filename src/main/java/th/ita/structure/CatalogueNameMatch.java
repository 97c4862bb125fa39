package th.ita.structure;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Ranks catalogue entries (indicators, O-items) by how well a written name fits theirs, the one way every OCR
 * repair that asks the catalogue "which one is this?" compares names. A whole name is compared as a whole; a
 * fragment of a name cut by a line or page end by how much of it the catalogue's name holds.
 *
 * @param ranked the entries, best fitting first
 * @param best   the first entry's score, 0 when there is none
 * @param second the runner-up's score, 0 when there is none
 */
record CatalogueNameMatch<T>(String written, List<T> ranked, Function<T, String> nameOf, double best, double second) {

    static <T> CatalogueNameMatch<T> rank(String written, List<T> entries, Function<T, String> nameOf) {
        List<T> ranked = entries.stream()
                .sorted(Comparator.comparingDouble((T entry) -> -score(written, nameOf.apply(entry)))).toList();
        double best = ranked.isEmpty() ? 0 : score(written, nameOf.apply(ranked.get(0)));
        double second = ranked.size() > 1 ? score(written, nameOf.apply(ranked.get(1))) : 0;
        return new CatalogueNameMatch<>(written, ranked, nameOf, best, second);
    }

    static double score(String written, String name) {
        return Math.max(BigramSimilarity.dice(written, name), BigramSimilarity.containment(written, name) * 0.9);
    }

    double scoreOf(T entry) {
        return score(written, nameOf.apply(entry));
    }

    /** The best entry when it scores at least {@code match} and beats the runner-up by {@code margin}. */
    Optional<T> clearWinner(double match, double margin) {
        return !ranked.isEmpty() && best >= match && best - second >= margin ? Optional.of(ranked.get(0)) : Optional.empty();
    }
}
