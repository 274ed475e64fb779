package vn.antq.indicator;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitRef;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.AreaAccess;
import vn.antq.adminunit.Level;
import vn.antq.indicator.IndicatorReportDtos.BulkResult;
import vn.antq.indicator.IndicatorReportDtos.ReportRequest;
import vn.antq.indicator.IndicatorReportDtos.ValueRequest;
import vn.antq.review.ReviewKind;
import vn.antq.shared.audit.Audited;
import vn.antq.shared.error.ApiProblem;
import vn.antq.shared.error.BulkErrors;
import vn.antq.shared.error.FieldError;
import vn.antq.shared.error.RequestValidator;
import vn.antq.shared.error.Violations;
import vn.antq.shared.security.Caller;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many units' reports in one CSV file, one line per figure: the lines of one unit, period and kind make
 * one report. The file is checked whole, every bad line and field named at once ({@code row 3: value},
 * rows numbered as in a spreadsheet), and its reports are stored and submitted in one transaction: all
 * of them, or none.
 */
@ApplicationScoped
public class IndicatorBulkImport {

    public static final List<String> COLUMNS = List.of("kind", "level", "adminUnit", "organizationId", "fromYear", "toYear",
            "title", "indicator", "value");
    private static final Set<String> REQUIRED = Set.copyOf(COLUMNS.stream().filter(c -> !c.equals("adminUnit")).toList());
    private static final Pattern UNIT = Pattern.compile("(legacy|2025):([0-9]{2,5})");
    private static final Pattern VALUE_FIELD = Pattern.compile("values\\[(\\d+)]\\.(.*)");
    private static final int MAX_LINES = 20_000;

    public static final String TEMPLATE = String.join(",", COLUMNS) + "\r\n"
            + "interim,district,legacy:021,6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b,2013,2018,Sơ kết 5 năm quận Bắc Từ Liêm,residential_groups,181\r\n"
            + "interim,district,legacy:021,6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b,2013,2018,Sơ kết 5 năm quận Bắc Từ Liêm,residential_groups_no_new_crime,163\r\n";

    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES);

    @Inject
    IndicatorReportService service;
    @Inject
    IndicatorReportRepository reports;
    @Inject
    RequestValidator validator;
    @Inject
    AreaAccess areas;
    @Inject
    Caller caller;

    /** The lines of one report: its key, first line, and its figures' lines in order. */
    private static final class Group {
        final int firstRow;
        final Map<String, String> first;
        final List<Integer> rows = new ArrayList<>();
        final List<Map<String, String>> lines = new ArrayList<>();

        Group(int row, Map<String, String> line) {
            firstRow = row;
            first = line;
        }
    }

    @Transactional
    @Audited
    public BulkResult importCsv(String text) {
        List<Map<String, String>> lines = read(text);
        BulkErrors errors = new BulkErrors();
        Map<List<String>, Group> groups = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Map<String, String> line = lines.get(i);
            int row = i + 2;
            List<String> key = Arrays.asList(line.get("kind"), line.get("level"), line.get("adminUnit"), line.get("fromYear"),
                    line.get("toYear"));
            Group group = groups.computeIfAbsent(key, k -> new Group(row, line));
            for (String column : List.of("organizationId", "title")) {
                if (!Objects.equals(group.first.get(column), line.get(column))) {
                    errors.add("row " + row + ": " + column, "must be the same on every line of a report (as on row "
                            + group.firstRow + ")");
                }
            }
            group.rows.add(row);
            group.lines.add(line);
        }
        List<ReportRequest> requests = new ArrayList<>();
        List<Group> order = new ArrayList<>(groups.values());
        List<Violations> unreadable = new ArrayList<>();
        for (Group group : order) {
            Violations own = new Violations();
            requests.add(request(group, own));
            unreadable.add(own);
        }
        // What the checks need from the database, read once for the whole file, not once per report.
        IndicatorReportService.Lookups lookups = service.lookups(requests.stream().filter(Objects::nonNull).toList());
        for (int g = 0; g < order.size(); g++) {
            Group group = order.get(g);
            Violations own = unreadable.get(g);
            ReportRequest request = requests.get(g);
            if (request != null) {
                own.addAll(validator.validate(request).errors());
                service.check(request, "", own, lookups);
            }
            for (FieldError error : own.errors()) {
                Matcher value = VALUE_FIELD.matcher(error.field());
                errors.add(value.matches() ? "row " + group.rows.get(Integer.parseInt(value.group(1))) + ": " + value.group(2)
                        : "row " + group.firstRow + ": " + error.field(), error.message());
            }
        }
        errors.throwIfAny();
        Map<String, UUID> live = reports.livePeriods(
                requests.stream().map(r -> r.level() == Level.central ? null : r.adminUnit().key()).toList(),
                requests.stream().map(ReportRequest::fromYear).toList(), requests.stream().map(ReportRequest::toYear).toList(),
                requests.stream().map(ReportRequest::kind).toList());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (int i = 0; i < requests.size(); i++) {
            ReportRequest request = requests.get(i);
            areas.requireWrite(request.level() == Level.central ? null : request.adminUnit().key());
            AdminUnitKey unit = request.level() == Level.central ? null : request.adminUnit().key();
            UUID other = live.get(IndicatorReportRepository.periodKey(unit, request.fromYear(), request.toYear(), request.kind()));
            if (other != null) {
                throw ApiProblem.conflict("Row " + order.get(i).firstRow + ": this unit already has a live " + request.kind()
                        + " report for " + ReportRules.period(request.fromYear(), request.toYear()) + ": indicator report " + other + ".");
            }
            IndicatorReport report = new IndicatorReport();
            service.fill(report, request);
            report.status = ReportStatus.submitted;
            report.submittedBy = caller.subject();
            report.submittedAt = now;
            reports.persist(report);
        }
        reports.flush();
        return new BulkResult(requests.size(), ReportStatus.submitted);
    }

    private static List<Map<String, String>> read(String text) {
        try (MappingIterator<Map<String, String>> it = CSV.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            List<Map<String, String>> lines = new ArrayList<>();
            while (it.hasNextValue()) {
                lines.add(it.nextValue());
                if (lines.size() > MAX_LINES) {
                    throw ApiProblem.invalid("body", "must hold at most " + MAX_LINES + " lines");
                }
            }
            if (lines.isEmpty()) {
                throw ApiProblem.invalid("body", "must hold a header row and at least one line: " + String.join(",", COLUMNS));
            }
            List<String> missing = REQUIRED.stream().filter(c -> !lines.get(0).containsKey(c)).sorted().toList();
            if (!missing.isEmpty()) {
                throw ApiProblem.invalid("body", "the header row lacks the columns " + String.join(", ", missing));
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiProblem problem) {
                throw problem;
            }
            throw ApiProblem.invalid("body", "must be CSV (RFC 4180) with a header row: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** The report the group's lines describe; each unreadable cell is a violation named by its row. */
    private static ReportRequest request(Group group, Violations violations) {
        int row = group.firstRow;
        Map<String, String> line = group.first;
        ReviewKind kind = Arrays.stream(ReviewKind.values()).filter(k -> k.toString().equals(line.get("kind"))).findFirst().orElse(null);
        if (kind == null) {
            violations.add("kind", "must be annual, interim or final");
        }
        Level level = Arrays.stream(Level.values()).filter(l -> l.name().equals(line.get("level"))).findFirst().orElse(null);
        if (level == null) {
            violations.add("level", "must be central, province, district or commune");
        }
        AdminUnitRef unit = null;
        String unitText = blank(line.get("adminUnit"));
        if (unitText != null) {
            Matcher m = UNIT.matcher(unitText);
            if (m.matches()) {
                unit = new AdminUnitRef(m.group(1), m.group(2));
            } else {
                violations.add("adminUnit", "must be an era and a code, such as legacy:021 or 2025:38");
            }
        }
        UUID organization = null;
        try {
            organization = UUID.fromString(Objects.requireNonNullElse(line.get("organizationId"), ""));
        } catch (IllegalArgumentException e) {
            violations.add("organizationId", "must be a UUID");
        }
        Integer from = integer(line.get("fromYear"), "fromYear", violations);
        Integer to = integer(line.get("toYear"), "toYear", violations);
        List<ValueRequest> values = new ArrayList<>();
        for (int i = 0; i < group.lines.size(); i++) {
            Map<String, String> figure = group.lines.get(i);
            Long value = null;
            try {
                value = Long.valueOf(Objects.requireNonNullElse(figure.get("value"), "").strip());
            } catch (NumberFormatException e) {
                violations.add("values[" + i + "].value", "must be a whole number");
            }
            values.add(new ValueRequest(blank(figure.get("indicator")), value));
        }
        if (kind == null || level == null || organization == null || from == null || to == null) {
            return null;
        }
        return new ReportRequest(kind, level, unit, organization, from, to, blank(line.get("title")), null, values, null);
    }

    private static Integer integer(String text, String field, Violations violations) {
        try {
            return Integer.valueOf(Objects.requireNonNullElse(text, "").strip());
        } catch (NumberFormatException e) {
            violations.add(field, "must be a year");
            return null;
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
