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

import th.ita.model.Indicator;
import th.ita.model.Measure;
import th.ita.model.OitItem;
import th.ita.model.Organization;
import th.ita.model.Period;
import th.ita.model.Report;
import th.ita.model.Section;

/** Lays a report out as Lucene documents: one for the report, one per measure, one per indicator. */
final class ReportDocuments {

    private final FacetsConfig facets = IndexFields.facetsConfig();

    List<Document> of(Report report) {
        List<Document> documents = new ArrayList<>(1 + report.measures().size() + report.indicators().size());
        documents.add(reportDocument(report));
        for (int i = 0; i < report.measures().size(); i++) {
            documents.add(measureDocument(report, report.measures().get(i), i));
        }
        for (int i = 0; i < report.indicators().size(); i++) {
            documents.add(indicatorDocument(report, report.indicators().get(i), i));
        }
        return documents;
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
        String form = indicator.form().toUpperCase(Locale.ROOT);
        doc.add(new StringField(IndexFields.FORM, form, Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_FORM, form));
        doc.add(new IntPoint(IndexFields.NUMBER, indicator.number()));
        doc.add(new StoredField(IndexFields.NUMBER, indicator.number()));
        for (OitItem item : indicator.oitItems()) {
            doc.add(new StringField(IndexFields.O_CODE, OCodes.canonical(item.code()), Field.Store.NO));
        }
        String body = lines(Stream.of(
                indicator.issues().stream(),
                indicator.oitItems().stream().map(item -> item.code() + " " + item.name()),
                indicator.results().stream()).flatMap(s -> s));
        addText(doc, indicator.name(), body);
        addContext(doc, report, indicator.catalogName().orElse(""));
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
        return doc;
    }

    private static void addText(Document doc, String title, String body) {
        String normalizedTitle = SearchTextNormalizer.normalize(title);
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
