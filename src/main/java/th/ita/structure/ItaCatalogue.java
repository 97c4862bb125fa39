package th.ita.structure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The ITA framework as data ({@code ita-catalogue.json}): indicators with their forms, O-items and score
 * levels, each keyed by the fiscal years (B.E.) it applies to, because an O code means different things in
 * different years.
 */
public final class ItaCatalogue {

    /** One indicator of the framework. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CatalogIndicator(int number, String form, String name) {
    }

    /** One open-data item; {@code indicator} is 9 or 10 when known, else 0. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CatalogOitItem(String code, String name, int indicator) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Level(String level, double minScore) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record IndicatorSet(int fromYear, int toYear, List<CatalogIndicator> indicators) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OitItemSet(int fromYear, int toYear, List<CatalogOitItem> items) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LevelSet(int fromYear, int toYear, List<Level> levels) {
    }

    /** One health-ministry item (EB…, MOIT…) and where its name was read. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CatalogHealthItem(String code, String name, String source) {
    }

    /**
     * The health ministry's items of one framework ({@code MOPH-EB}, {@code MOIT}) for some years; {@code maxNumber}
     * is the highest code number a document may cite, known names or not.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record HealthItemSet(String framework, int fromYear, int toYear, int maxNumber, String source,
            List<CatalogHealthItem> items) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Data(List<IndicatorSet> indicatorSets, List<OitItemSet> oitItemSets, List<LevelSet> levelSets,
            List<HealthItemSet> healthItemSets) {
        Data {
            healthItemSets = healthItemSets == null ? List.of() : healthItemSets;
        }
    }

    private static final String RESOURCE = "/ita-catalogue.json";

    private final Data data;

    private ItaCatalogue(Data data) {
        this.data = data;
    }

    /** Reads the catalogue shipped with the application. */
    public static ItaCatalogue load() {
        try (InputStream in = ItaCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new ItaCatalogue(new ObjectMapper().readValue(in, Data.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * The indicator with this number in the given fiscal year. When the year is unknown or outside the
     * catalogue the nearest indicator set is used: the numbering has been stable since 2562.
     */
    public Optional<CatalogIndicator> indicator(int number, Optional<Integer> fiscalYearBe) {
        return nearest(data.indicatorSets(), fiscalYearBe, IndicatorSet::fromYear, IndicatorSet::toYear)
                .flatMap(set -> set.indicators().stream().filter(i -> i.number() == number).findFirst());
    }

    /** Every indicator of the set that applies to the fiscal year (the nearest set when the year is unknown). */
    public List<CatalogIndicator> indicators(Optional<Integer> fiscalYearBe) {
        return nearest(data.indicatorSets(), fiscalYearBe, IndicatorSet::fromYear, IndicatorSet::toYear)
                .map(IndicatorSet::indicators).orElse(List.of());
    }

    /** Every O-item of that year; empty when the year is unknown, since codes were renumbered. */
    public List<CatalogOitItem> oitItems(Optional<Integer> fiscalYearBe) {
        return fiscalYearBe.map(year -> data.oitItemSets().stream()
                .filter(s -> s.fromYear() <= year && year <= s.toYear())
                .flatMap(s -> s.items().stream()).toList()).orElse(List.of());
    }

    /**
     * Whether a report could be about this fiscal year: within five years of those the catalogue covers.
     * OCR turns ๒๕๖๕ into ๒๕๒๕; a year far outside the ITA's lifetime is a misreading, not a report.
     */
    public boolean plausibleFiscalYear(int be) {
        int first = data.indicatorSets().stream().mapToInt(IndicatorSet::fromYear).min().orElse(be);
        int last = data.indicatorSets().stream().mapToInt(IndicatorSet::toYear).max().orElse(be);
        return be >= first - 5 && be <= last + 5;
    }

    /** The O-item of that code in that year; empty when the year is unknown, since codes were renumbered. */
    public Optional<CatalogOitItem> oitItem(String code, Optional<Integer> fiscalYearBe) {
        return fiscalYearBe.flatMap(year -> data.oitItemSets().stream()
                .filter(s -> s.fromYear() <= year && year <= s.toYear())
                .flatMap(s -> s.items().stream())
                .filter(i -> i.code().equalsIgnoreCase(code))
                .findFirst());
    }

    /**
     * Whether a health-ministry code number exists in that framework ({@code MOPH-EB} or {@code MOIT}) at all;
     * the year is not asked, since documents cite the items of the year they prepare for.
     */
    public boolean healthItemNumberExists(String framework, int number) {
        return data.healthItemSets().stream().anyMatch(s -> s.framework().equals(framework)
                && number >= 1 && number <= s.maxNumber());
    }

    /** The named health-ministry item of that code for that year, when a source named it. */
    public Optional<CatalogHealthItem> healthItem(String framework, String code, Optional<Integer> fiscalYearBe) {
        return data.healthItemSets().stream().filter(s -> s.framework().equals(framework))
                .filter(s -> fiscalYearBe.map(y -> s.fromYear() <= y && y <= s.toYear()).orElse(true))
                .flatMap(s -> s.items().stream()).filter(i -> i.code().equalsIgnoreCase(code)).findFirst();
    }

    /** The score level (AA..F) for a year that graded by levels; empty for pass/fail years. */
    public Optional<String> level(double score, Optional<Integer> fiscalYearBe) {
        return nearest(data.levelSets(), fiscalYearBe, LevelSet::fromYear, LevelSet::toYear)
                .filter(set -> fiscalYearBe.map(y -> y <= set.toYear()).orElse(true))
                .flatMap(set -> set.levels().stream().filter(l -> score >= l.minScore()).findFirst())
                .map(Level::level);
    }

    private static <T> Optional<T> nearest(List<T> sets, Optional<Integer> year,
            java.util.function.ToIntFunction<T> from, java.util.function.ToIntFunction<T> to) {
        if (sets.isEmpty()) {
            return Optional.empty();
        }
        if (year.isEmpty()) {
            return Optional.of(sets.get(sets.size() - 1));
        }
        int y = year.get();
        return sets.stream().min(java.util.Comparator.comparingInt(
                s -> y < from.applyAsInt(s) ? from.applyAsInt(s) - y : Math.max(0, y - to.applyAsInt(s))));
    }
}
