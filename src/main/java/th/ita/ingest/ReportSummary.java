package th.ita.ingest;

import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What an archived report yielded, in a few words for the {@code archived} line: its units, and its problems
 * by code when it has any ("0 measures: TABLE_WITHOUT_RULINGS ×9"), so a file that gave nothing does not look
 * like a success.
 */
final class ReportSummary {

    private ReportSummary() {
    }

    static String of(JsonNode report) {
        if (report.isMissingNode() || report.isEmpty()) {
            return "";
        }
        int measures = report.path("measures").size();
        int indicators = report.path("indicators").size();
        StringBuilder summary = new StringBuilder(indicators > 0 && measures == 0
                ? count(indicators, "indicator")
                : count(measures, "measure") + (indicators > 0 ? ", " + count(indicators, "indicator") : ""));
        Map<String, Integer> problems = new TreeMap<>();
        report.path("problems").forEach(problem -> problems.merge(problem.path("code").asText("UNKNOWN"), 1, Integer::sum));
        if (!problems.isEmpty()) {
            summary.append(": ");
            problems.forEach((code, times) -> summary.append(code).append(times > 1 ? " ×" + times : "").append(' '));
        }
        return summary.toString().strip();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
