package vn.antq.safety;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitRef;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.AreaAccess;
import vn.antq.adminunit.UnitCatalog;
import vn.antq.organization.OrganizationType;
import vn.antq.safety.SafetyDtos.BulkResult;
import vn.antq.shared.audit.Audited;
import vn.antq.shared.error.ApiProblem;
import vn.antq.shared.error.FieldError;
import vn.antq.shared.error.ProblemTypes;
import vn.antq.shared.error.Violations;
import vn.antq.shared.security.Caller;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A province's assessments submitted as one CSV file: every row is stored or none. The file is parsed
 * and checked in memory against look-ups loaded once (units, the organizations it names, the subjects
 * already assessed in its years), a rejected file gets one problem listing every bad row and field,
 * and the rows go in with a few multi-row statements in the request's transaction, so that the audit
 * triggers record each of them.
 */
@ApplicationScoped
public class SafetyBulkImport {

    /** The columns of the file, in the order of the template; a file may order them as it likes. */
    public static final List<String> COLUMNS = List.of("year", "subjectKind", "adminUnit", "organizationId", "areaName",
            "attained", "periodStart", "periodEnd", "recognizedById", "decisionNumber", "decidedOn", "note");
    public static final List<String> REQUIRED = List.of("year", "subjectKind", "attained");
    public static final int MAX_ROWS = 200_000;
    /** At most this many errors are listed; the detail gives the total. */
    static final int MAX_LISTED_ERRORS = 1000;
    private static final int CHUNK = 5000;
    private static final Pattern UNIT = Pattern.compile("(legacy|2025):([0-9]{2,5})");

    public static final String TEMPLATE = String.join(",", COLUMNS) + "\r\n"
            + "2022,residential_area,legacy:05971,,Khối 1,true,2021-10-01,2022-09-30,,123/QĐ-UBND,2022-12-20,\r\n"
            + "2022,ward,legacy:05971,,,true,2021-10-01,2022-09-30,,123/QĐ-UBND,2022-12-20,\r\n"
            + "2022,agency,,3f1c7c1e-5a2b-4d2e-9a51-2b7c1d0e4f60,,false,2021-10-01,2022-09-30,,,,\"Chưa đạt: còn để xảy ra vụ việc, phải khắc phục\"\r\n";

    private record Row(int line, SubjectKind kind, Integer year, AdminUnitRef unit, UUID organizationId, String areaName,
                       Boolean attained, LocalDate periodStart, LocalDate periodEnd, UUID recognizedById,
                       String decisionNumber, LocalDate decidedOn, String note) {
    }

    @Inject
    EntityManager em;
    @Inject
    UnitCatalog units;
    @Inject
    AreaAccess access;
    @Inject
    Caller caller;

    @Transactional
    @Audited
    public BulkResult importCsv(String csv) {
        List<Csv.Line> lines;
        try {
            lines = Csv.parse(csv == null ? "" : csv);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("body", e.getMessage());
        }
        if (lines.isEmpty()) {
            throw ApiProblem.invalid("body", "must start with the header row " + String.join(",", COLUMNS));
        }
        Map<String, Integer> header = header(lines.get(0));
        if (lines.size() == 1) {
            throw ApiProblem.invalid("body", "holds no assessment below the header row");
        }
        if (lines.size() - 1 > MAX_ROWS) {
            throw ApiProblem.invalid("body", "holds " + (lines.size() - 1) + " rows; at most " + MAX_ROWS + " are accepted at once");
        }
        List<FieldError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>(lines.size());
        for (Csv.Line line : lines.subList(1, lines.size())) {
            Row row = parse(line, header, errors);
            if (row != null) {
                rows.add(row);
            }
        }
        Map<UUID, AssessmentRules.Org> orgs = organizations(rows);
        Map<String, String> normalized = normalizedNames(rows);

        Set<String> areas = caller.isAdmin() ? Set.of() : caller.areas();
        List<Integer> outside = new ArrayList<>();
        Map<String, Integer> firstRowOfSubject = new HashMap<>();
        String[] keys = new String[rows.size()];
        AdminUnitKey[] unitOfRow = new AdminUnitKey[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String prefix = "row " + row.line() + ": ";
            Violations violations = new Violations();
            AdminUnitKey unit = AssessmentRules.check(row.kind(), row.year(), row.unit(), row.organizationId(), row.areaName(),
                    row.periodStart(), row.periodEnd(), row.recognizedById(), units.units(), orgs, prefix, violations);
            try {
                violations.throwIfAny();
            } catch (ApiProblem problem) {
                errors.addAll(problem.errors());
                continue;
            }
            if (unit == null || row.year() == null) {
                continue;
            }
            unitOfRow[i] = unit;
            if (!access.mayWrite(unit)) {
                outside.add(row.line());
            }
            String key = AssessmentRules.keyPrefix(row.kind(), unit, row.organizationId())
                    + (row.areaName() == null ? "" : normalized.get(row.areaName()));
            keys[i] = key;
            Integer earlier = firstRowOfSubject.putIfAbsent(key + "@" + row.year(), row.line());
            if (earlier != null) {
                errors.add(new FieldError(prefix + subjectField(row.kind()),
                        "assesses the same subject for " + row.year() + " as row " + earlier + "; a subject is assessed once a year"));
            }
        }
        errors.addAll(alreadyAssessed(rows, keys));
        if (!errors.isEmpty()) {
            String detail = errors.size() + (errors.size() == 1 ? " field is" : " fields are") + " invalid; nothing was stored."
                    + (errors.size() > MAX_LISTED_ERRORS ? " The first " + MAX_LISTED_ERRORS + " are listed." : "");
            throw new ApiProblem(400, ProblemTypes.VALIDATION, "Invalid request", detail,
                    errors.subList(0, Math.min(errors.size(), MAX_LISTED_ERRORS)));
        }
        if (!outside.isEmpty()) {
            throw new ApiProblem(403, ProblemTypes.FORBIDDEN, "Forbidden", outside.size() + " rows name subjects outside your areas "
                    + areas + " (rows " + joinFirst(outside) + "); nothing was stored.", null);
        }
        insert(rows, unitOfRow);
        return new BulkResult(rows.size(), new ArrayList<>(new TreeSet<>(rows.stream().map(Row::year).toList())));
    }

    private static String joinFirst(List<Integer> lines) {
        List<String> named = lines.stream().limit(20).map(String::valueOf).toList();
        return String.join(", ", named) + (lines.size() > 20 ? " and " + (lines.size() - 20) + " more" : "");
    }

    private static String subjectField(SubjectKind kind) {
        return kind.isOrganization() ? "organizationId" : kind == SubjectKind.residential_area ? "areaName" : "adminUnit";
    }

    private static Map<String, Integer> header(Csv.Line line) {
        Map<String, Integer> positions = new HashMap<>();
        Violations violations = new Violations();
        for (int i = 0; i < line.fields().size(); i++) {
            String name = line.fields().get(i).strip();
            if (!COLUMNS.contains(name)) {
                violations.add("row 1: " + name, "is not a column of the template (" + String.join(",", COLUMNS) + ")");
            } else if (positions.putIfAbsent(name, i) != null) {
                violations.add("row 1: " + name, "appears twice in the header row");
            }
        }
        for (String required : REQUIRED) {
            if (!positions.containsKey(required)) {
                violations.add("row 1: " + required, "is a required column");
            }
        }
        violations.throwIfAny();
        return positions;
    }

    private static Row parse(Csv.Line line, Map<String, Integer> header, List<FieldError> errors) {
        String prefix = "row " + line.number() + ": ";
        if (line.fields().size() != header.size()) {
            errors.add(new FieldError("row " + line.number(), "has " + line.fields().size() + " fields; the header row has " + header.size()));
            return null;
        }
        int before = errors.size();
        Map<String, String> v = new HashMap<>();
        header.forEach((name, index) -> {
            String value = line.fields().get(index).strip();
            v.put(name, value.isEmpty() ? null : value);
        });
        Integer year = null;
        if (v.get("year") == null) {
            errors.add(new FieldError(prefix + "year", "is required"));
        } else {
            try {
                year = Integer.valueOf(v.get("year"));
                if (year < 2000 || year > 2100) {
                    errors.add(new FieldError(prefix + "year", "must be between 2000 and 2100"));
                    year = null;
                }
            } catch (NumberFormatException e) {
                errors.add(new FieldError(prefix + "year", "must be a whole number such as 2022"));
            }
        }
        SubjectKind kind = null;
        if (v.get("subjectKind") == null) {
            errors.add(new FieldError(prefix + "subjectKind", "is required"));
        } else {
            try {
                kind = SubjectKind.valueOf(v.get("subjectKind"));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(prefix + "subjectKind", "must be one of "
                        + String.join(", ", Arrays.stream(SubjectKind.values()).map(Enum::name).toList())));
            }
        }
        AdminUnitRef unit = null;
        if (v.get("adminUnit") != null) {
            var matcher = UNIT.matcher(v.get("adminUnit"));
            if (matcher.matches()) {
                unit = new AdminUnitRef(matcher.group(1), matcher.group(2));
            } else {
                errors.add(new FieldError(prefix + "adminUnit", "must be an era and a code, such as legacy:05971 or 2025:04930"));
            }
        }
        Boolean attained = null;
        String attainedText = v.get("attained");
        if ("true".equals(attainedText) || "false".equals(attainedText)) {
            attained = Boolean.valueOf(attainedText);
        } else {
            errors.add(new FieldError(prefix + "attained", attainedText == null ? "is required" : "must be true or false"));
        }
        String areaName = v.get("areaName");
        if (areaName != null && areaName.length() > 200) {
            errors.add(new FieldError(prefix + "areaName", "must be at most 200 characters"));
        }
        String decision = v.get("decisionNumber");
        if (decision != null && decision.length() > 60) {
            errors.add(new FieldError(prefix + "decisionNumber", "must be at most 60 characters"));
        }
        String note = v.get("note");
        if (note != null && note.length() > 2000) {
            errors.add(new FieldError(prefix + "note", "must be at most 2000 characters"));
        }
        Row row = new Row(line.number(), kind, year, unit, uuid(v, "organizationId", prefix, errors), areaName, attained,
                date(v, "periodStart", prefix, errors), date(v, "periodEnd", prefix, errors),
                uuid(v, "recognizedById", prefix, errors), decision, date(v, "decidedOn", prefix, errors), note);
        return errors.size() == before ? row : null;
    }

    private static UUID uuid(Map<String, String> values, String name, String prefix, List<FieldError> errors) {
        String value = values.get(name);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(prefix + name, "must be a UUID"));
            return null;
        }
    }

    private static LocalDate date(Map<String, String> values, String name, String prefix, List<FieldError> errors) {
        String value = values.get(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(prefix + name, "must be an ISO date such as 2022-12-20"));
            return null;
        }
    }

    /** The live organizations the file names, in one query, locked against deletion until the transaction ends. */
    private Map<UUID, AssessmentRules.Org> organizations(List<Row> rows) {
        Set<UUID> ids = new java.util.HashSet<>();
        for (Row row : rows) {
            if (row.organizationId() != null) {
                ids.add(row.organizationId());
            }
            if (row.recognizedById() != null) {
                ids.add(row.recognizedById());
            }
        }
        Map<UUID, AssessmentRules.Org> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    select id, type, unit_era, unit_code, name from organization
                    where id = any(?) and deleted_at is null for share""")) {
                statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        UUID id = rs.getObject(1, UUID.class);
                        String era = rs.getString(3);
                        found.put(id, new AssessmentRules.Org(id, OrganizationType.valueOf(rs.getString(2)),
                                era == null ? null : new AdminUnitKey(era, rs.getString(4)), rs.getString(5)));
                    }
                }
            }
        });
        return found;
    }

    /** Residential area names as the database normalises them for the subject key, in one query. */
    private Map<String, String> normalizedNames(List<Row> rows) {
        Set<String> names = new java.util.HashSet<>();
        for (Row row : rows) {
            if (row.areaName() != null) {
                names.add(row.areaName());
            }
        }
        Map<String, String> normalized = new HashMap<>();
        if (names.isEmpty()) {
            return normalized;
        }
        work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("select n, search_normalize(n) from unnest(?::text[]) n")) {
                statement.setArray(1, connection.createArrayOf("text", names.toArray()));
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        normalized.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
        });
        return normalized;
    }

    /** Rows whose subject already has a live assessment for the row's year, found with one query. */
    private List<FieldError> alreadyAssessed(List<Row> rows, String[] keys) {
        List<String> keyList = new ArrayList<>();
        List<Integer> yearList = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (keys[i] != null) {
                keyList.add(keys[i]);
                yearList.add(rows.get(i).year());
            }
        }
        Map<String, UUID> existing = new HashMap<>();
        if (!keyList.isEmpty()) {
            work(connection -> {
                try (PreparedStatement statement = connection.prepareStatement("""
                        select s.subject_key, s.year, s.id from safety_assessment s
                        join unnest(?::text[], ?::int[]) as f(subject_key, year) on f.subject_key = s.subject_key and f.year = s.year
                        where s.deleted_at is null""")) {
                    statement.setArray(1, connection.createArrayOf("text", keyList.toArray()));
                    statement.setArray(2, connection.createArrayOf("int4", yearList.toArray()));
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            existing.put(rs.getString(1) + "@" + rs.getInt(2), rs.getObject(3, UUID.class));
                        }
                    }
                }
            });
        }
        List<FieldError> errors = new ArrayList<>();
        if (existing.isEmpty()) {
            return errors;
        }
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            UUID earlier = keys[i] == null ? null : existing.get(keys[i] + "@" + row.year());
            if (earlier != null) {
                errors.add(new FieldError("row " + row.line() + ": " + subjectField(row.kind()),
                        "already has an assessment for " + row.year() + ": safety assessment " + earlier));
            }
        }
        return errors;
    }

    /** Multi-row inserts from arrays, a few thousand rows per statement, in the request's transaction. */
    private void insert(List<Row> rows, AdminUnitKey[] unitOfRow) {
        work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    insert into safety_assessment (id, subject_kind, year, unit_era, unit_code, organization_id, area_name,
                        period_start, period_end, attained, recognized_by_id, decision_number, decided_on, note,
                        version, created_at, updated_at)
                    select id, kind, year, era, code, org, area, ps, pe, attained, rec, num, dec, note, 0, now, now
                    from unnest(?::uuid[], ?::text[], ?::int[], ?::text[], ?::text[], ?::uuid[], ?::text[], ?::date[],
                                ?::date[], ?::bool[], ?::uuid[], ?::text[], ?::date[], ?::text[])
                        as r(id, kind, year, era, code, org, area, ps, pe, attained, rec, num, dec, note),
                         (select date_trunc('microseconds', clock_timestamp()) as now) t""")) {
                for (int from = 0; from < rows.size(); from += CHUNK) {
                    int to = Math.min(rows.size(), from + CHUNK);
                    int n = to - from;
                    Object[][] columns = new Object[14][n];
                    for (int i = 0; i < n; i++) {
                        Row row = rows.get(from + i);
                        AdminUnitKey unit = unitOfRow[from + i];
                        columns[0][i] = UUID.randomUUID();
                        columns[1][i] = row.kind().name();
                        columns[2][i] = row.year();
                        columns[3][i] = unit.era();
                        columns[4][i] = unit.code();
                        columns[5][i] = row.kind().isOrganization() ? row.organizationId() : null;
                        columns[6][i] = row.areaName();
                        columns[7][i] = row.periodStart() == null ? null : java.sql.Date.valueOf(row.periodStart());
                        columns[8][i] = row.periodEnd() == null ? null : java.sql.Date.valueOf(row.periodEnd());
                        columns[9][i] = row.attained();
                        columns[10][i] = row.recognizedById();
                        columns[11][i] = row.decisionNumber();
                        columns[12][i] = row.decidedOn() == null ? null : java.sql.Date.valueOf(row.decidedOn());
                        columns[13][i] = row.note();
                    }
                    String[] types = {"uuid", "text", "int4", "text", "text", "uuid", "text", "date", "date", "bool", "uuid",
                            "text", "date", "text"};
                    for (int c = 0; c < types.length; c++) {
                        statement.setArray(c + 1, connection.createArrayOf(types[c], columns[c]));
                    }
                    statement.executeUpdate();
                }
            }
        });
    }

    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    private void work(Work work) {
        em.unwrap(Session.class).doWork(work::run);
    }
}
