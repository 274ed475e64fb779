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
import vn.antq.shared.error.BulkErrors;
import vn.antq.shared.error.ProblemTypes;
import vn.antq.shared.error.Violations;
import vn.antq.shared.search.SearchNormalizer;
import vn.antq.shared.security.Caller;

import java.io.Reader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A province's assessments submitted as one CSV file: every row is stored or none. The file is read as a
 * stream and handled a chunk of rows at a time: each chunk is checked against the units, the organizations
 * it names, the file's earlier rows and the subjects already assessed, and goes in with one multi-row
 * statement in the request's transaction (so that the audit triggers record each row) while the file is
 * fit so far. Once a row is found wrong the rest is only checked, and the file is refused whole, with one
 * problem listing its bad rows and fields, which rolls back the chunks stored. The memory an import takes
 * grows with the chunk, not the file.
 */
@ApplicationScoped
public class SafetyBulkImport {

    /** The columns of the file, in the order of the template; a file may order them as it likes. */
    public static final List<String> COLUMNS = List.of("year", "subjectKind", "adminUnit", "organizationId", "areaName",
            "attained", "periodStart", "periodEnd", "recognizedById", "decisionNumber", "decidedOn", "note");
    /**
     * Columns a file may add after those of the template: the standard (empty or absent: antt_safe) and the stage
     * of a staged standard. The template stays as it was, so that files made from it keep working.
     */
    public static final List<String> OPTIONAL_COLUMNS = List.of("standard", "stage");
    private static final List<String> ALL_COLUMNS = java.util.stream.Stream.concat(COLUMNS.stream(), OPTIONAL_COLUMNS.stream()).toList();
    public static final List<String> REQUIRED = List.of("year", "subjectKind", "attained");
    public static final int MAX_ROWS = 200_000;
    private static final int CHUNK = 2000;
    /** The rows outside the caller's areas named in the answer; the rest are counted. */
    private static final int OUTSIDE_NAMED = 20;
    private static final Pattern UNIT = Pattern.compile("(legacy|2025):([0-9]{2,5})");

    public static final String TEMPLATE = String.join(",", COLUMNS) + "\r\n"
            + "2022,residential_area,legacy:05971,,Khối 1,true,2021-10-01,2022-09-30,,123/QĐ-UBND,2022-12-20,\r\n"
            + "2022,ward,legacy:05971,,,true,2021-10-01,2022-09-30,,123/QĐ-UBND,2022-12-20,\r\n"
            + "2022,agency,,3f1c7c1e-5a2b-4d2e-9a51-2b7c1d0e4f60,,false,2021-10-01,2022-09-30,,,,\"Chưa đạt: còn để xảy ra vụ việc, phải khắc phục\"\r\n";

    private record Row(int line, SubjectKind kind, Integer year, AdminUnitRef unit, UUID organizationId, String areaName,
                       Boolean attained, LocalDate periodStart, LocalDate periodEnd, UUID recognizedById,
                       String decisionNumber, LocalDate decidedOn, String note, Standard standard, Stage stage) {
    }

    @Inject
    EntityManager em;
    @Inject
    UnitCatalog units;
    @Inject
    AreaAccess access;
    @Inject
    SearchNormalizer normalizer;
    @Inject
    Caller caller;

    /** Where each column of the template is among a record's fields (-1: not in the file), and how many fields a record has. */
    private record Header(int[] fieldOf, int width) {

        /** The column's value in the record, stripped; null when blank or not in the file. */
        String value(Csv.Line line, String column) {
            int field = fieldOf[ALL_COLUMNS.indexOf(column)];
            if (field < 0) {
                return null;
            }
            String value = line.fields().get(field).strip();
            return value.isEmpty() ? null : value;
        }
    }

    /** What a chunk's checks leave for the rest of its import: each row's subject key to look up and unit (null when unchecked). */
    private record Checked(String[] keys, AdminUnitKey[] units) {
    }

    @Transactional
    @Audited
    public BulkResult importCsv(Reader csv) {
        Submission submission = new Submission();
        try {
            Csv.read(csv, submission);
        } catch (Csv.Malformed e) {
            throw ApiProblem.invalid("body", e.getMessage());
        }
        return submission.finish();
    }

    /**
     * One file as it is read: rows are parsed as their records arrive and handled a chunk at a time. The
     * header's problems and the row count are answered once the whole file has been read, so that a quote
     * left open anywhere is reported first. Errors are kept by pass (parsing, checks, subjects already
     * assessed) and listed in that order, as when the file was checked whole, one pass after another.
     */
    private final class Submission implements Consumer<Csv.Line> {
        private final BulkErrors parsing = new BulkErrors();
        private final BulkErrors checking = new BulkErrors();
        private final BulkErrors existing = new BulkErrors();
        private final FirstRows firstRows = new FirstRows();
        private final List<Integer> outsideNamed = new ArrayList<>();
        private final Set<Integer> years = new TreeSet<>();
        private List<Row> chunk = new ArrayList<>();
        private boolean headerRead;
        private Header header;
        private ApiProblem badHeader;
        private int count;
        private int outside;
        private int created;
        /** The last line of the chunks stored: every row checked up to it is in the database. */
        private int storedThrough;

        @Override
        public void accept(Csv.Line line) {
            if (!headerRead) {
                headerRead = true;
                try {
                    header = header(line);
                } catch (ApiProblem problem) {
                    badHeader = problem;
                }
                return;
            }
            if (badHeader != null) {
                return;
            }
            count++;
            if (count > MAX_ROWS) {
                // The file is refused; its rows are only counted, for the answer.
                chunk.clear();
                return;
            }
            Row row = parse(line, header, parsing);
            if (row != null) {
                chunk.add(row);
            }
            if (chunk.size() == CHUNK) {
                handle(chunk);
                chunk = new ArrayList<>();
            }
        }

        /** The answer once the whole file has been read: what was stored, or the problem that refuses the file. */
        BulkResult finish() {
            if (!headerRead) {
                throw ApiProblem.invalid("body", "must start with the header row " + String.join(",", COLUMNS));
            }
            if (badHeader != null) {
                throw badHeader;
            }
            if (count == 0) {
                throw ApiProblem.invalid("body", "holds no assessment below the header row");
            }
            if (count > MAX_ROWS) {
                throw ApiProblem.invalid("body", "holds " + count + " rows; at most " + MAX_ROWS + " are accepted at once");
            }
            handle(chunk);
            BulkErrors errors = new BulkErrors();
            errors.addAll(parsing);
            errors.addAll(checking);
            errors.addAll(existing);
            errors.throwIfAny();
            if (outside > 0) {
                Set<String> areas = caller.isAdmin() ? Set.of() : caller.areas();
                throw new ApiProblem(403, ProblemTypes.FORBIDDEN, "Forbidden", outside + " rows name subjects outside your areas "
                        + areas + " (rows " + outsideRows() + "); nothing was stored.", null);
            }
            return new BulkResult(created, new ArrayList<>(years));
        }

        /** Checks a chunk of parsed rows and stores them while the file is fit so far. */
        private void handle(List<Row> rows) {
            if (rows.isEmpty()) {
                return;
            }
            Checked checked = check(rows);
            alreadyAssessed(rows, checked.keys());
            if (parsing.count() + checking.count() + existing.count() == 0 && outside == 0) {
                insert(rows, checked.units());
                created += rows.size();
                rows.forEach(row -> years.add(row.year()));
                storedThrough = rows.get(rows.size() - 1).line();
            }
        }

        /**
         * Checks each row against the units, the organizations the chunk names and the file's earlier rows.
         * Its look-ups are local, so that they are garbage once the chunk is handled.
         */
        private Checked check(List<Row> rows) {
            Map<UUID, AssessmentRules.Org> orgs = organizations(rows);
            // Residential area names as the database normalises them for the subject key.
            Map<String, String> normalized = normalizer.normalize(rows.stream().map(Row::areaName).toList());
            String[] keys = new String[rows.size()];
            AdminUnitKey[] unitOfRow = new AdminUnitKey[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                String prefix = "row " + row.line() + ": ";
                Violations violations = new Violations();
                AdminUnitKey unit = AssessmentRules.check(row.kind(), row.year(), row.unit(), row.organizationId(), row.areaName(),
                        row.periodStart(), row.periodEnd(), row.recognizedById(), units.units(), orgs, prefix, violations);
                AssessmentRules.checkStandard(row.standard(), row.kind(), row.stage(), row.attained(), prefix, violations);
                if (!violations.isEmpty()) {
                    checking.addAll(violations.errors());
                    continue;
                }
                if (unit == null || row.year() == null) {
                    continue;
                }
                unitOfRow[i] = unit;
                if (!access.mayWrite(unit)) {
                    outside++;
                    if (outsideNamed.size() < OUTSIDE_NAMED) {
                        outsideNamed.add(row.line());
                    }
                }
                String key = AssessmentRules.keyPrefix(row.kind(), unit, row.organizationId())
                        + (row.areaName() == null ? "" : normalized.get(row.areaName()));
                // A subject is assessed once per standard and year: the file's earlier rows are told apart by standard too.
                int earlier = firstRows.putIfAbsent(row.standard().name() + "|" + key, row.year(), row.line());
                if (earlier != 0) {
                    checking.add(prefix + subjectField(row.kind()),
                            "assesses the same subject for " + row.year() + " as row " + earlier + "; a subject is assessed once a year");
                    if (earlier <= storedThrough) {
                        // The assessment the database holds under this key is the earlier row's, stored by this file.
                        continue;
                    }
                }
                keys[i] = key;
            }
            return new Checked(keys, unitOfRow);
        }

        /**
         * Rows whose subject already has a live assessment for the row's year, found with one query that names
         * each by its position in the chunk and is read a page at a time.
         */
        private void alreadyAssessed(List<Row> rows, String[] keys) {
            if (Arrays.stream(keys).allMatch(Objects::isNull)) {
                return;
            }
            // Rows not looked up go in with a null key, which matches nothing, so that a row's ordinal is its index plus one.
            Integer[] yearOfRow = rows.stream().map(Row::year).toArray(Integer[]::new);
            String[] standardOfRow = rows.stream().map(r -> r.standard().name()).toArray(String[]::new);
            work(connection -> {
                try (PreparedStatement statement = connection.prepareStatement("""
                        select f.ordinal, s.id from unnest(?::text[], ?::int[], ?::text[]) with ordinality as f(subject_key, year, standard, ordinal)
                        join safety_assessment s on s.subject_key = f.subject_key and s.year = f.year and s.standard = f.standard
                        where s.deleted_at is null
                        order by f.ordinal""")) {
                    statement.setArray(1, connection.createArrayOf("text", keys));
                    statement.setArray(2, connection.createArrayOf("int4", yearOfRow));
                    statement.setArray(3, connection.createArrayOf("text", standardOfRow));
                    statement.setFetchSize(1000);
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            Row row = rows.get((int) rs.getLong(1) - 1);
                            existing.add("row " + row.line() + ": " + subjectField(row.kind()),
                                    "already has an assessment" + against(row.standard()) + " for " + row.year() + ": safety assessment "
                                            + rs.getObject(2, UUID.class));
                        }
                    }
                }
            });
        }

        private String outsideRows() {
            return outsideNamed.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + (outside > OUTSIDE_NAMED ? " and " + (outside - OUTSIDE_NAMED) + " more" : "");
        }
    }

    /** How a message names a standard other than the default (the default's messages read as they always did). */
    static String against(Standard standard) {
        return standard == Standard.antt_safe ? "" : " against " + standard;
    }

    private static String subjectField(SubjectKind kind) {
        return kind.isOrganization() ? "organizationId" : kind == SubjectKind.residential_area ? "areaName" : "adminUnit";
    }

    private static Header header(Csv.Line line) {
        int[] fieldOf = new int[ALL_COLUMNS.size()];
        Arrays.fill(fieldOf, -1);
        Violations violations = new Violations();
        for (int i = 0; i < line.fields().size(); i++) {
            String name = line.fields().get(i).strip();
            int column = ALL_COLUMNS.indexOf(name);
            if (column < 0) {
                violations.add("row 1: " + name, "is not a column of the template (" + String.join(",", COLUMNS)
                        + ", and optionally " + String.join(",", OPTIONAL_COLUMNS) + ")");
            } else if (fieldOf[column] >= 0) {
                violations.add("row 1: " + name, "appears twice in the header row");
            } else {
                fieldOf[column] = i;
            }
        }
        for (String required : REQUIRED) {
            if (fieldOf[COLUMNS.indexOf(required)] < 0) {
                violations.add("row 1: " + required, "is a required column");
            }
        }
        violations.throwIfAny();
        return new Header(fieldOf, line.fields().size());
    }

    private static Row parse(Csv.Line line, Header header, BulkErrors errors) {
        String prefix = "row " + line.number() + ": ";
        if (line.fields().size() != header.width()) {
            errors.add("row " + line.number(), "has " + line.fields().size() + " fields; the header row has " + header.width());
            return null;
        }
        int before = errors.count();
        Integer year = null;
        String yearText = header.value(line, "year");
        if (yearText == null) {
            errors.add(prefix + "year", "is required");
        } else {
            try {
                year = Integer.valueOf(yearText);
                if (year < 2000 || year > 2100) {
                    errors.add(prefix + "year", "must be between 2000 and 2100");
                    year = null;
                }
            } catch (NumberFormatException e) {
                errors.add(prefix + "year", "must be a whole number such as 2022");
            }
        }
        SubjectKind kind = null;
        String kindText = header.value(line, "subjectKind");
        if (kindText == null) {
            errors.add(prefix + "subjectKind", "is required");
        } else {
            try {
                kind = SubjectKind.valueOf(kindText);
            } catch (IllegalArgumentException e) {
                errors.add(prefix + "subjectKind", "must be one of "
                        + String.join(", ", Arrays.stream(SubjectKind.values()).map(Enum::name).toList()));
            }
        }
        AdminUnitRef unit = null;
        String unitText = header.value(line, "adminUnit");
        if (unitText != null) {
            var matcher = UNIT.matcher(unitText);
            if (matcher.matches()) {
                // A large file names each of a few thousand units many times: one copy of each era and code serves them all.
                unit = new AdminUnitRef(matcher.group(1).intern(), matcher.group(2).intern());
            } else {
                errors.add(prefix + "adminUnit", "must be an era and a code, such as legacy:05971 or 2025:04930");
            }
        }
        Boolean attained = null;
        String attainedText = header.value(line, "attained");
        if ("true".equals(attainedText) || "false".equals(attainedText)) {
            attained = Boolean.valueOf(attainedText);
        } else {
            errors.add(prefix + "attained", attainedText == null ? "is required" : "must be true or false");
        }
        String areaName = header.value(line, "areaName");
        if (areaName != null && areaName.length() > 200) {
            errors.add(prefix + "areaName", "must be at most 200 characters");
        }
        String decision = header.value(line, "decisionNumber");
        if (decision != null && decision.length() > 60) {
            errors.add(prefix + "decisionNumber", "must be at most 60 characters");
        }
        String note = header.value(line, "note");
        if (note != null && note.length() > 2000) {
            errors.add(prefix + "note", "must be at most 2000 characters");
        }
        // Optional columns: the standard defaults to antt_safe, the stage belongs to a staged standard.
        Standard standard = Standard.antt_safe;
        String standardText = header.value(line, "standard");
        if (standardText != null) {
            try {
                standard = Standard.valueOf(standardText);
            } catch (IllegalArgumentException e) {
                errors.add(prefix + "standard", "must be one of "
                        + String.join(", ", Arrays.stream(Standard.values()).map(Enum::name).toList()));
            }
        }
        Stage stage = null;
        String stageText = header.value(line, "stage");
        if (stageText != null) {
            try {
                stage = Stage.valueOf(stageText);
            } catch (IllegalArgumentException e) {
                errors.add(prefix + "stage", "must be one of "
                        + String.join(", ", Arrays.stream(Stage.values()).map(Enum::name).toList()));
            }
        }
        Row row = new Row(line.number(), kind, year, unit, uuid(line, header, "organizationId", prefix, errors), areaName, attained,
                date(line, header, "periodStart", prefix, errors), date(line, header, "periodEnd", prefix, errors),
                uuid(line, header, "recognizedById", prefix, errors), decision, date(line, header, "decidedOn", prefix, errors), note,
                standard, stage);
        return errors.count() == before ? row : null;
    }

    private static UUID uuid(Csv.Line line, Header header, String name, String prefix, BulkErrors errors) {
        String value = header.value(line, name);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            errors.add(prefix + name, "must be a UUID");
            return null;
        }
    }

    private static LocalDate date(Csv.Line line, Header header, String name, String prefix, BulkErrors errors) {
        String value = header.value(line, name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(prefix + name, "must be an ISO date such as 2022-12-20");
            return null;
        }
    }

    /** The live organizations the file names, in one query, locked against deletion until the transaction ends. */
    private Map<UUID, AssessmentRules.Org> organizations(List<Row> rows) {
        Set<UUID> ids = new HashSet<>();
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

    /** One multi-row insert from arrays, in the request's transaction. */
    private void insert(List<Row> rows, AdminUnitKey[] unitOfRow) {
        Object[][] columns = new Object[16][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            AdminUnitKey unit = unitOfRow[i];
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
            columns[14][i] = row.standard().name();
            columns[15][i] = row.stage() == null ? null : row.stage().name();
        }
        String[] types = {"uuid", "text", "int4", "text", "text", "uuid", "text", "date", "date", "bool", "uuid",
                "text", "date", "text", "text", "text"};
        work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    insert into safety_assessment (id, subject_kind, year, unit_era, unit_code, organization_id, area_name,
                        period_start, period_end, attained, recognized_by_id, decision_number, decided_on, note, standard, stage,
                        version, created_at, updated_at)
                    select id, kind, year, era, code, org, area, ps, pe, attained, rec, num, dec, note, standard, stage, 0, now, now
                    from unnest(?::uuid[], ?::text[], ?::int[], ?::text[], ?::text[], ?::uuid[], ?::text[], ?::date[],
                                ?::date[], ?::bool[], ?::uuid[], ?::text[], ?::date[], ?::text[], ?::text[], ?::text[])
                        as r(id, kind, year, era, code, org, area, ps, pe, attained, rec, num, dec, note, standard, stage),
                         (select date_trunc('microseconds', clock_timestamp()) as now) t""")) {
                for (int c = 0; c < types.length; c++) {
                    statement.setArray(c + 1, connection.createArrayOf(types[c], columns[c]));
                }
                statement.executeUpdate();
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
