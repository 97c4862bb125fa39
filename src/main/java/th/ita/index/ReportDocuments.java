package th.ita.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

import th.ita.model.AssessmentItem;
import th.ita.model.Indicator;
import th.ita.model.Measure;
import th.ita.model.Organization;
import th.ita.model.Period;
import th.ita.model.Problem;
import th.ita.model.Report;
import th.ita.model.Section;
import th.ita.model.Unit;

/**
 * Lays a report out as Lucene documents: one for the report, one per measure, one per indicator and one per
 * unit of any other table. A unit lacking a field (an indicator without a form, a measure without a title) is
 * indexed with what it has: nothing a document contains may cost its report its place in the index.
 */
final class ReportDocuments {

    private final FacetsConfig facets = IndexFields.facetsConfig();

    List<Document> of(Report report) {
        List<Document> documents = new ArrayList<>(1 + report.measures().size() + report.indicators().size()
                + report.units().size());
        documents.add(reportDocument(report));
        for (int i = 0; i < report.measures().size(); i++) {
            documents.add(measureDocument(report, report.measures().get(i), i));
        }
        for (int i = 0; i < report.indicators().size(); i++) {
            documents.add(indicatorDocument(report, report.indicators().get(i), i));
        }
        for (int i = 0; i < report.units().size(); i++) {
            documents.add(unitDocument(report, report.units().get(i), i));
        }
        return documents;
    }

    /** What the report's units lack, for the indexer to record: each is indexed regardless. */
    List<Problem> gaps(Report report) {
        List<Problem> gaps = new ArrayList<>();
        for (Measure measure : report.measures()) {
            if (measure.title().isBlank()) {
                gaps.add(Problem.of("UNIT_WITHOUT_TITLE", "measure " + measure.code() + " has no title"));
            }
        }
        for (Indicator indicator : report.indicators()) {
            if (indicator.form().isBlank()) {
                gaps.add(Problem.of("INDICATOR_WITHOUT_FORM", "indicator " + indicator.number() + " has no form"));
            }
            if (indicator.number() <= 0) {
                gaps.add(Problem.of("INDICATOR_WITHOUT_NUMBER", "indicator \"" + indicator.name() + "\" has no number"));
            }
            if (indicator.name().isBlank()) {
                gaps.add(Problem.of("UNIT_WITHOUT_TITLE", "indicator " + indicator.number() + " has no name"));
            }
        }
        for (Unit unit : report.units()) {
            if (unit.title().isBlank()) {
                gaps.add(Problem.of("UNIT_WITHOUT_TITLE", unit.kind().key() + " in table " + unit.source().table()
                        + " row " + unit.source().row() + " has no title"));
            }
        }
        return gaps;
    }

    private Document reportDocument(Report report) {
        Document doc = common(report, IndexFields.KIND_REPORT, 0);
        String title = report.title().orElse(report.source().fileName());
        addText(doc, title, report.text());
        addContext(doc, report, "");
        return build(doc);
    }

    private Document measureDocument(Report report, Measure measure, int position) {
        Document doc = common(report, IndexFields.KIND_MEASURE, position);
        doc.add(new StoredField(IndexFields.SECTION, measure.section()));
        doc.add(new StoredField(IndexFields.CODE, measure.code()));
        String body = lines(Stream.of(
                measure.methods().stream(),
                measure.responsible().stream(),
                measure.period().map(Period::text).stream(),
                measure.results().stream(),
                measure.suggestions().stream()).flatMap(s -> s));
        addText(doc, measure.title(), body);
        String sectionTitle = report.sections().stream()
                .filter(section -> section.number().equals(measure.section()))
                .map(Section::title).findFirst().orElse("");
        addContext(doc, report, sectionTitle);
        return build(doc);
    }

    private Document indicatorDocument(Report report, Indicator indicator, int position) {
        Document doc = common(report, IndexFields.KIND_INDICATOR, position);
        String form = indicator.form().strip().toUpperCase(Locale.ROOT);
        if (!form.isEmpty()) {
            // a facet label may not be empty: an indicator whose form nobody could read simply has no form facet
            doc.add(new StringField(IndexFields.FORM, form, Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_FORM, form));
        }
        if (indicator.number() > 0) {
            doc.add(new IntPoint(IndexFields.NUMBER, indicator.number()));
            doc.add(new StoredField(IndexFields.NUMBER, indicator.number()));
        }
        indicator.oitItems().stream().map(item -> OCodes.canonical(item.code())).filter(code -> !code.isBlank())
                .distinct().forEach(code -> {
                    doc.add(new StringField(IndexFields.O_CODE, code, Field.Store.NO));
                    doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_O_CODE, code));
                });
        String body = lines(Stream.of(
                indicator.issues().stream(),
                indicator.oitItems().stream().map(item -> item.code() + " " + item.name()),
                indicator.results().stream()).flatMap(s -> s));
        addText(doc, indicator.name(), body);
        addContext(doc, report, indicator.catalogName().orElse(""));
        return build(doc);
    }

    private Document unitDocument(Report report, Unit unit, int position) {
        Document doc = common(report, unit.kind().key(), position);
        doc.add(new StoredField(IndexFields.UNIT_LIST, IndexFields.UNIT_LIST_UNITS));
        unit.code().ifPresent(code -> doc.add(new StoredField(IndexFields.CODE, code)));
        unit.group().ifPresent(group -> doc.add(new StoredField(IndexFields.SECTION, group)));
        String body = lines(Stream.of(
                unit.responsible().stream(),
                unit.period().map(Period::text).stream(),
                unit.budget().stream(),
                unit.target().stream(),
                unit.result().stream(),
                unit.status().stream(),
                unit.cells().stream().map(cell -> cell.text())).flatMap(s -> s));
        addText(doc, unit.title(), body);
        addContext(doc, report, unit.group().orElse(""));
        return build(doc);
    }

    private Document common(Report report, String kind, int position) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.REPORT_ID, report.id(), Field.Store.YES));
        doc.add(new StringField(IndexFields.KIND, kind, Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_KIND, kind));
        doc.add(new StoredField(IndexFields.POSITION, position));
        doc.add(new StoredField(IndexFields.FILE_NAME, report.source().shownPath()));
        report.organization().map(Organization::name).filter(name -> !name.isBlank()).ifPresent(name -> {
            doc.add(new StoredField(IndexFields.ORGANIZATION, name));
            doc.add(new TextField(IndexFields.ORGANIZATION_BIGRAMS, SearchTextNormalizer.normalize(name), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_ORGANIZATION, name));
        });
        report.organization().flatMap(Organization::province).map(ProvinceKeys::canonical)
                .filter(province -> !province.isBlank()).ifPresent(province -> {
                    doc.add(new StringField(IndexFields.PROVINCE, province, Field.Store.YES));
                    doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_PROVINCE, province));
                });
        report.fiscalYear().ifPresent(year -> {
            doc.add(new IntPoint(IndexFields.FISCAL_YEAR, year.be()));
            doc.add(new StoredField(IndexFields.FISCAL_YEAR, year.be()));
            doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_YEAR, Integer.toString(year.be())));
        });
        String documentKind = report.documentKind().key();
        doc.add(new StringField(IndexFields.DOC_KIND, documentKind, Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_DOC_KIND, documentKind));
        report.evidenceFor().stream().map(AssessmentItem::code).map(OCodes::canonical)
                .filter(code -> !code.isBlank()).distinct().forEach(code -> {
                    doc.add(new StringField(IndexFields.ITEM, code, Field.Store.YES));
                    doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_ITEM, code));
                });
        return doc;
    }

    private static void addText(Document doc, String title, String body) {
        String normalizedTitle = SearchTextNormalizer.normalize(title == null ? "" : title);
        String text = SearchTextNormalizer.normalize(body.isBlank() ? title : title + "\n" + body);
        doc.add(new TextField(IndexFields.TITLE, normalizedTitle, Field.Store.YES));
        doc.add(new TextField(IndexFields.TEXT, text, Field.Store.YES));
        doc.add(new TextField(IndexFields.TEXT_BIGRAMS, text, Field.Store.NO));
    }

    private static void addContext(Document doc, Report report, String unitContext) {
        String organization = report.organization().map(Organization::name).orElse("");
        String district = report.organization().flatMap(Organization::district).orElse("");
        String province = report.organization().flatMap(Organization::province).orElse("");
        String context = Stream.of(unitContext, organization, district, province)
                .filter(s -> !s.isBlank()).collect(Collectors.joining("\n"));
        if (!context.isEmpty()) {
            doc.add(new TextField(IndexFields.CONTEXT, SearchTextNormalizer.normalize(context), Field.Store.NO));
        }
    }

    private Document build(Document doc) {
        try {
            return facets.build(doc);
        } catch (java.io.IOException e) {
            // Only taxonomy facets do I/O in build; sorted-set facets never reach it.
            throw new IllegalStateException(e);
        }
    }

    private static String lines(Stream<String> parts) {
        return parts.filter(s -> !s.isBlank()).collect(Collectors.joining("\n"));
    }
}
