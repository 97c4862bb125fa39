package th.ita.model;

import java.util.Optional;

/**
 * An assessment item a document says it is evidence for, e.g. "O43" (NACC), "EB2" or "MOIT5" (health ministry).
 *
 * @param code         the code as written, ASCII digits, e.g. "MOIT5"
 * @param framework    whose list the code belongs to
 * @param fiscalYearBe the assessment year the code was read for, when known (codes mean different things by year)
 */
public record AssessmentItem(String code, AssessmentFramework framework, Optional<Integer> fiscalYearBe) {
    public AssessmentItem {
        code = code == null ? "" : code;
        fiscalYearBe = fiscalYearBe == null ? Optional.empty() : fiscalYearBe;
    }
}
