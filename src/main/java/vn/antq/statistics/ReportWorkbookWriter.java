package vn.antq.statistics;

import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import vn.antq.shared.i18n.Language;
import vn.antq.statistics.StatisticsDtos.Report;
import vn.antq.statistics.StatisticsDtos.Row;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A statistic as an Excel workbook: a sheet per section (total, each year, each area one level down), in
 * the language of {@code Accept-Language}; categories and measures by their labels, ratios as percentages.
 */
@Provider
@Produces(Workbooks.XLSX)
public class ReportWorkbookWriter implements MessageBodyWriter<Report> {

    /** The enumeration that names a dimension's keys. */
    private static final Map<String, String> KEY_GROUPS = Map.of("subjectKind", "SubjectKind", "category", "ModelCategory",
            "topic", "ModelTopic", "status", "ModelStatus", "form", "AwardForm", "recipientKind", "RecipientKind",
            "kind", "CampaignKind");

    @Inject
    HttpHeaders request;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Report.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Report report, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        Language language = Language.preferred(request.getAcceptableLanguages());
        headers.putSingle(HttpHeaders.CONTENT_TYPE, Workbooks.XLSX);
        headers.putSingle(HttpHeaders.CONTENT_LANGUAGE, language.tag());
        headers.putSingle(HttpHeaders.VARY, "Accept, Accept-Language");
        headers.putSingle("Content-Disposition", "attachment; filename=\"" + report.statistic() + "-" + report.fromYear()
                + (report.toYear() == report.fromYear() ? "" : "-" + report.toYear()) + ".xlsx\"");
        write(report, language, out);
    }

    static void write(Report report, Language language, OutputStream out) throws IOException {
        try (Workbooks book = new Workbooks(language)) {
            boolean campaigns = "campaigns".equals(report.statistic());
            String reportGroup = campaigns ? "CampaignStatisticsReport" : "StatisticsReport";
            String rowGroup = campaigns ? "CampaignStatisticsRow" : "StatisticsRow";
            String title = String.join(" — ", book.label(reportGroup + ".statistic", report.statistic()),
                    report.unit() == null ? book.label("column", "wholeCountry") : report.unit().fullName(),
                    book.label("Era", report.structure()), Workbooks.years(report.fromYear(), report.toYear()));
            Map<String, List<Row>> sections = new LinkedHashMap<>();
            for (String section : List.of("total", "year", "area")) {
                sections.put(section, new ArrayList<>());
            }
            report.rows().forEach(r -> sections.get(r.section()).add(r));
            for (Map.Entry<String, List<Row>> section : sections.entrySet()) {
                if (section.getValue().isEmpty() && !section.getKey().equals("total")) {
                    continue;
                }
                List<String> headers = new ArrayList<>();
                if (section.getKey().equals("year")) {
                    headers.add(book.label("column", "year"));
                }
                if (section.getKey().equals("area")) {
                    headers.add(book.label("column", "areaCode"));
                    headers.add(book.label("column", "areaName"));
                }
                headers.add(book.label("column", "dimension"));
                headers.add(book.label("column", "key"));
                report.measures().forEach(m -> headers.add(book.label(reportGroup + ".measures", m)));
                book.sheet(book.label(rowGroup + ".section", section.getKey()), title, headers);
                for (Row row : section.getValue()) {
                    List<Object> line = new ArrayList<>();
                    if (section.getKey().equals("year")) {
                        line.add(row.year() == null ? null : new Workbooks.Year(row.year()));
                    }
                    if (section.getKey().equals("area")) {
                        line.add(row.area() == null ? null : row.area().code());
                        line.add(row.area() == null ? null : row.area().fullName());
                    }
                    line.add(row.dimension() == null ? null : book.label(rowGroup + ".dimension", row.dimension()));
                    line.add(row.key() == null ? null : book.label(KEY_GROUPS.getOrDefault(row.dimension(), ""), row.key()));
                    for (String measure : report.measures()) {
                        Number value = row.values().get(measure);
                        line.add(value != null && measure.equals("ratio") ? new Workbooks.Ratio(value.doubleValue()) : value);
                    }
                    book.line(line);
                }
            }
            book.write(out);
        }
    }
}
