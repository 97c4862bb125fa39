package th.ita.model;

import java.util.Optional;

/**
 * A previous year's ITA result quoted by the report ("65.12 คะแนน อยู่ในระดับ C").
 *
 * @param fiscalYearBe the assessed year when stated
 * @param score        0-100
 * @param level        AA, A, B, C, D, E, F as stated, or derived from the score
 */
public record PriorAssessment(Optional<Integer> fiscalYearBe, double score, Optional<String> level) {
}
