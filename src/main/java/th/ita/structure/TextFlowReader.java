package th.ita.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a plain text export into blocks. Text exports carry tables as tab-separated rows or Markdown pipe
 * rows; a blank line ends a table, so a table broken across pages arrives as several tables.
 */
final class TextFlowReader {

    private static final Pattern PIPE_RULE = Pattern.compile("\\|[\\s:|-]*-[\\s:|-]*\\|?");
    private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6}\\s+");

    List<Block> read(String text) {
        List<Block> blocks = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String raw : text.split("\\R", -1)) {
            String line = raw.strip();
            boolean pipeRow = line.startsWith("|") && line.endsWith("|") && line.length() > 1;
            if (raw.contains("\t") || pipeRow) {
                flushParagraph(lines, blocks);
                if (!PIPE_RULE.matcher(line).matches()) {
                    rows.add(pipeRow ? pipeCells(line) : tabCells(raw));
                }
                continue;
            }
            flushTable(rows, blocks);
            if (line.isEmpty()) {
                flushParagraph(lines, blocks);
            } else {
                lines.add(stripMarkdown(line));
            }
        }
        flushParagraph(lines, blocks);
        flushTable(rows, blocks);
        return blocks;
    }

    private static List<String> pipeCells(String line) {
        String inner = line.substring(1, line.length() - 1);
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
    }

    private static List<String> tabCells(String line) {
        List<String> cells = new ArrayList<>(Arrays.stream(line.split("\t", -1)).map(String::strip).toList());
        // a trailing tab leaves an empty last cell that stands for an empty column, keep it
        return cells;
    }

    static String stripMarkdown(String line) {
        String s = HEADING_MARK.matcher(line).replaceFirst("");
        return s.replace("**", "").strip();
    }

    private static void flushParagraph(List<String> lines, List<Block> blocks) {
        if (!lines.isEmpty()) {
            String text = String.join("\n", lines).strip();
            if (!text.isEmpty()) {
                blocks.add(new Block.Paragraph(text));
            }
            lines.clear();
        }
    }

    private static void flushTable(List<List<String>> rows, List<Block> blocks) {
        if (!rows.isEmpty()) {
            blocks.add(new Block.Table(rows));
            rows.clear();
        }
    }
}
