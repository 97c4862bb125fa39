package th.ita.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;

import th.ita.extract.Extraction;
import th.ita.model.AssessmentItem;
import th.ita.model.DocumentKind;
import th.ita.model.FiscalYear;
import th.ita.model.FiscalYearSpan;
import th.ita.model.Memo;
import th.ita.model.Organization;
import th.ita.model.Unit;
import th.ita.normalize.ThaiTextNormalizer;

/**
 * Structures one report: memo header, organisation, fiscal year, sections, measures, indicators and
 * signatories, whatever form the report arrived in. Tables are read from the richest source the input has:
 * positioned words (PDF, OCR), else XHTML (DOCX, HTML), else the text itself. Never throws on bad input;
 * what it is unsure of goes into the report's problems. Thread-safe: build once, share.
 */
public final class ReportStructurer {

    private static final Logger LOG = LoggerFactory.getLogger(ReportStructurer.class);
    private static final Pattern TITLE_START = Pattern.compile("^(?:รายงาน|แผน|มาตรการ|ผลการ|การวิเคราะห์|สรุปผล).*");
    private static final Pattern TITLE_END = Pattern.compile(".*(?:ประจำปี|ปีงบประมาณ|พ\\.\\s?ศ\\.).*");
    private static final Pattern HEADER_LABEL = Pattern.compile("^(?:ส่วนราชการ|ที่\\s|วันที่|เรื่อง|เรียน|หัวข้อ|ชื่อหน่วยงาน).*");
    private static final int TITLE_MAX_LINES = 4;
    private static final int HEADING_SUBJECT_LINES = 8;
    private static final Pattern SUBJECT = Pattern.compile("^(?:เรื่อง|ว่าด้วย)\\s*(.*)$");
    // a line of dots or dashes, a date or the body's opening words ends the heading's subject
    private static final Pattern SUBJECT_END = Pattern.compile("^(?:[.…\\-–_]{3,}|ตามที่|ด้วย|โดยที่|เพื่อ|ที่\\s|วันที่|เรียน)|[.…\\-_]{5,}");
    private static final int TITLE_MAX_CHARS = 300;

    private final ItaCatalogue catalogue;
    private final UnaryOperator<String> wordNormalizer;
    private final MemoHeaderReader memoReader = new MemoHeaderReader();
    private final OrganizationReader organizationReader;
    private final PriorAssessmentReader priorReader;
    private final SignatoryReader signatoryReader = new SignatoryReader();
    private final ReportBodyReader bodyReader;
    private final MisreadYears misreadYears;
    private final TextFlowReader textFlow = new TextFlowReader();
    private final XhtmlFlowReader xhtmlFlow = new XhtmlFlowReader();
    private final FiscalYearReader fiscalYearReader = new FiscalYearReader();
    private final DocumentKindReader kindReader = DocumentKindReader.load();
    private final AssessmentItemReader itemReader;
    private final DocumentTables documentTables;
    private final TableUnits tableUnits;
    private final CheckboxLists checkboxLists;

    /** A structurer with the shipped catalogue and the project's Thai normaliser for positioned words. */
    public ReportStructurer() {
        this(ItaCatalogue.load(), new ThaiTextNormalizer()::normalize);
    }

    /**
     * @param catalogue      the ITA framework
     * @param wordNormalizer Thai repair for text built from positioned words, which arrive unnormalised
     */
    public ReportStructurer(ItaCatalogue catalogue, UnaryOperator<String> wordNormalizer) {
        this.catalogue = catalogue;
        this.wordNormalizer = wordNormalizer;
        this.organizationReader = new OrganizationReader(Provinces.load());
        this.priorReader = new PriorAssessmentReader(catalogue);
        this.bodyReader = new ReportBodyReader(catalogue);
        this.misreadYears = new MisreadYears(catalogue);
        this.itemReader = new AssessmentItemReader(catalogue);
        TableVocabulary vocabulary = TableVocabulary.load();
        this.documentTables = new DocumentTables(vocabulary);
        this.tableUnits = new TableUnits(vocabulary);
        this.checkboxLists = new CheckboxLists(vocabulary);
    }

    /** Structures what extraction (after Thai repair) delivered for one file. */
    public StructuredReport structureOf(Extraction extraction) {
        return structure(StructureInput.of(extraction));
    }

    public StructuredReport structure(StructureInput input) {
        ProblemLog problems = new ProblemLog();
        List<String> read = DoubleSpacedLines.closed(
                Arrays.stream(input.text().split("\\R")).map(TextFlowReader::stripMarkdown).toList());
        List<String> lines = input.readByOcr() ? DamagedHeaderLines.repaired(read) : read;
        Optional<Memo> memoAsRead = memoReader.read(lines);
        Optional<String> titleAsRead = title(lines, memoAsRead.isPresent()).or(() -> memoAsRead.flatMap(Memo::subject))
                .or(() -> headingSubject(lines));
        Optional<FiscalYearSpan> fiscalYears = fiscalYearReader.read(titleAsRead, memoAsRead.flatMap(Memo::subject), input.text());
        Optional<FiscalYear> fiscalYear = fiscalYears.map(FiscalYearSpan::from);
        if (input.readByOcr()) {
            Optional<FiscalYear> ocrYear = misreadYears.fiscalYear(fiscalYear, input.text(), problems);
            if (!ocrYear.equals(fiscalYear)) {
                fiscalYears = ocrYear.map(y -> FiscalYearSpan.of(y.be(), y.be(), FiscalYearSpan.Source.BODY_TEXT));
                fiscalYear = ocrYear;
            }
        }
        Optional<String> title = titleAsRead;
        Optional<Memo> memo = memoAsRead;
        if (input.readByOcr() && fiscalYear.isPresent()) {
            int be = fiscalYear.get().be();
            title = title.map(t -> misreadYears.fiscalYearMentions(t, be));
            memo = memo.map(m -> new Memo(m.department(), m.phone(), m.reference(), m.date(),
                    m.subject().map(s -> misreadYears.fiscalYearMentions(s, be)), m.to()));
        }
        Optional<Organization> organization = organizationReader.read(input.text(), memo);
        Optional<Integer> year = fiscalYear.map(FiscalYear::be);
        List<Block> blocks = blocks(input, problems);
        ReportBodyReader.Body body = bodyReader.read(blocks, year, input.readByOcr(), problems);
        List<DocumentTables.Kept> tables = documentTables.read(blocks, CellReadings.of(input.readByOcr(), catalogue));
        List<Unit> units = new ArrayList<>();
        for (DocumentTables.Kept kept : tables) {
            if (!kept.readByBodyReader()) {
                units.addAll(tableUnits.read(kept.table()));
            }
        }
        units.addAll(checkboxLists.read(blocks));
        DocumentKind kind = kindReader.read(lines, title, DocumentKindReader.Units.of(body, units));
        List<AssessmentItem> evidenceFor = itemReader.read(lines, year);
        return new StructuredReport(title, organization, fiscalYear, memo.flatMap(Memo::date), memo,
                priorReader.read(input.text()), body.sections(), body.measures(), body.indicators(),
                signatoryReader.read(lines), problems.toList(), kind, evidenceFor, fiscalYears,
                tables.stream().map(DocumentTables.Kept::table).toList(), List.copyOf(units));
    }

    private List<Block> blocks(StructureInput input, ProblemLog problems) {
        if (!input.layout().isEmpty()) {
            return new LayoutFlowReader(wordNormalizer, CellReadings.of(input.readByOcr(), catalogue)).read(input.layout(), problems);
        }
        if (!input.xhtml().isBlank()) {
            try {
                return xhtmlFlow.read(input.xhtml());
            } catch (SAXException e) {
                LOG.debug("XHTML not readable [{}], reading tables from the text instead", e.getMessage());
                problems.add("XHTML_UNREADABLE", "XHTML could not be parsed, tables read from the text: " + e.getMessage());
            }
        }
        return textFlow.read(input.text());
    }

    /**
     * The subject of an announcement's or order's heading ("ประกาศ… / เรื่อง …", "… ว่าด้วย…"): its title when
     * no report title line is found. Only the first lines count, so a เรื่อง deep in the body is never taken.
     */
    private static Optional<String> headingSubject(List<String> lines) {
        List<String> heading = lines.stream().filter(l -> !l.isBlank()).limit(HEADING_SUBJECT_LINES).map(String::strip).toList();
        for (int i = 0; i < heading.size(); i++) {
            Matcher m = SUBJECT.matcher(heading.get(i));
            if (m.matches()) {
                StringBuilder subject = new StringBuilder(m.group(1).strip());
                for (int j = i + 1; j < heading.size() && j <= i + 2 && !SUBJECT_END.matcher(heading.get(j)).find(); j++) {
                    subject.append(' ').append(heading.get(j));
                }
                return Optional.of(subject.toString()).filter(t -> !t.isBlank() && t.length() <= TITLE_MAX_CHARS);
            }
        }
        return Optional.empty();
    }

    /**
     * The report's own title: a line opening with รายงาน/แผน/… up to the line that names the year. The letter of a
     * memo (from เรียน to the first signature) is no title, whatever word the page's wrapping put first on a line.
     */
    private static Optional<String> title(List<String> lines, boolean memo) {
        boolean inLetter = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (memo && line.startsWith("เรียน")) {
                inLetter = true;
            } else if (inLetter && SignatoryReader.isNameLine(line)) {
                inLetter = false;
            }
            if (inLetter || !TITLE_START.matcher(line).matches() || HEADER_LABEL.matcher(line).matches()
                    || line.length() > TITLE_MAX_CHARS) {
                continue;
            }
            StringBuilder title = new StringBuilder(line);
            for (int j = i; !TITLE_END.matcher(lines.get(j)).matches(); j++) {
                if (j + 1 >= lines.size() || j + 1 - i >= TITLE_MAX_LINES || lines.get(j + 1).isBlank()) {
                    break;
                }
                title.append(' ').append(lines.get(j + 1).strip());
            }
            if (TITLE_END.matcher(title).matches() && title.length() <= TITLE_MAX_CHARS) {
                return Optional.of(title.toString().replaceAll("\\s+", " "));
            }
        }
        return Optional.empty();
    }
}
