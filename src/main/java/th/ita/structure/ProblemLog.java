package th.ita.structure;

import java.util.ArrayList;
import java.util.List;

import th.ita.model.Problem;

/** Problems noticed while structuring one report, bounded so a damaged file cannot flood its record. */
final class ProblemLog {
    static final int LIMIT = 100;

    private final List<Problem> problems = new ArrayList<>();
    private int dropped;

    void add(String code, String message) {
        if (problems.size() < LIMIT) {
            problems.add(Problem.of(code, message));
        } else {
            dropped++;
        }
    }

    List<Problem> toList() {
        List<Problem> out = new ArrayList<>(problems);
        if (dropped > 0) {
            out.add(Problem.of("PROBLEMS_TRUNCATED", dropped + " further problems were not recorded"));
        }
        return List.copyOf(out);
    }
}
