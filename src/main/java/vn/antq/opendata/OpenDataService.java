package vn.antq.opendata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.antq.adminunit.Structure;
import vn.antq.festival.FestivalDtos.FestivalSummary;
import vn.antq.festival.FestivalDtos.ScheduleFilter;
import vn.antq.festival.FestivalService;
import vn.antq.schedule.ScheduleService;
import vn.antq.opendata.OpenDataDtos.Field;
import vn.antq.shared.config.AntqConfig;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;
import vn.antq.statistics.IndicatorReportCsvWriter;
import vn.antq.statistics.IndicatorStatisticsService;
import vn.antq.statistics.ReportCsvWriter;
import vn.antq.statistics.StatisticsService;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The open-data files: per year, the festival schedule, the country's statistics (safety, models, awards,
 * festivals, campaigns) and its accepted indicator statistics, as CSV. Aggregates and the public schedule
 * only: no person's name, birth date or contact is in any of them. Each file is made by the same services
 * as the API's operations and kept in memory under the state of its data (the festival schedule's tag, the
 * newest row of the change log), so that it is made again only after its data changed; its ETag is the hash
 * of its bytes and its Last-Modified the moment those bytes were first made.
 */
@ApplicationScoped
public class OpenDataService {

    /** A file's name: its table and its year. */
    private static final Pattern FILE = Pattern.compile("(festival-schedule|statistics-(safety|models|awards|festivals|campaigns|indicators))-(\\d{4})\\.csv");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int SCHEDULE_CHUNK = 5000;
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    /** Schedule item fields left out of the file: distance only answers a "near" question. */
    private static final List<String> SCHEDULE_LEFT_OUT = List.of("distanceKm");

    /** A file as served: its bytes, the state of the data they were made from, their tag and first making. */
    public record File(String name, byte[] body, String stamp, String etag, Instant lastModified) {
    }

    private final Map<String, File> files = new ConcurrentHashMap<>();

    @Inject
    AntqConfig config;
    @Inject
    Clock clock;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;
    @Inject
    FestivalService festivals;
    @Inject
    ScheduleService schedule;
    @Inject
    StatisticsService statistics;
    @Inject
    IndicatorStatisticsService indicators;

    /** The years offered: from the configured first year to the current one (Vietnam's calendar). */
    public List<Integer> years() {
        int last = LocalDate.now(clock.withZone(VIETNAM)).getYear();
        List<Integer> years = new ArrayList<>();
        for (int year = config.openData().fromYear(); year <= last; year++) {
            years.add(year);
        }
        return years;
    }

    /** Every file of the catalogue, by name, with its title, description and columns, in catalogue order. */
    public List<OpenDataDtos.Resource> resources(String base) {
        List<OpenDataDtos.Resource> resources = new ArrayList<>();
        for (int year : years()) {
            resources.add(resource(base, "festival-schedule", year, "Festival schedule " + year,
                    "Every festival day point of " + year + " (Ngày hội toàn dân bảo vệ an ninh Tổ quốc): time, status, unit, venue "
                            + "and its coordinates, as the public schedule gives them.", scheduleFields()));
            for (String statistic : StatisticsService.NAMES) {
                List<Field> fields = new ArrayList<>();
                ReportCsvWriter.COLUMNS.forEach(c -> fields.add(new Field(c, c.equals("year") ? "integer" : "string", null)));
                StatisticsService.measures(statistic).forEach(m -> fields.add(new Field(m, m.equals("ratio") ? "number" : "integer", null)));
                resources.add(resource(base, "statistics-" + statistic, year, "Statistics: " + statistic + ", " + year,
                        "The country's " + statistic + " statistic of " + year + " (era 2025): the total, and each province; "
                                + "counts only, as GET /api/v1/statistics/" + statistic + "?year=" + year + " gives them.", fields));
            }
            List<Field> fields = new ArrayList<>();
            for (String c : IndicatorReportCsvWriter.COLUMNS) {
                fields.add(new Field(c, switch (c) {
                    case "fromYear", "toYear", "reports", "reported", "recorded", "difference" -> "integer";
                    case "ratio" -> "number";
                    default -> "string";
                }, null));
            }
            resources.add(resource(base, "statistics-indicators", year, "Indicator statistics " + year,
                    "The figures of the accepted indicator reports of " + year + " (era 2025), the country's and each province's, "
                            + "as GET /api/v1/statistics/indicators?year=" + year + " gives them.", fields));
        }
        return resources;
    }

    private static OpenDataDtos.Resource resource(String base, String table, int year, String title, String description,
                                                  List<Field> fields) {
        String name = table + "-" + year;
        return new OpenDataDtos.Resource(name, base + "/" + name + ".csv", title, description, "csv", "text/csv", "utf-8", year,
                new OpenDataDtos.TableSchema(fields));
    }

    /** The columns of the schedule file: the schedule item's fields, a nested object's fields prefixed with its name. */
    static List<Field> scheduleFields() {
        List<Field> fields = new ArrayList<>();
        for (RecordComponent component : FestivalSummary.class.getRecordComponents()) {
            if (SCHEDULE_LEFT_OUT.contains(component.getName())) {
                continue;
            }
            if (component.getType().isRecord()) {
                for (RecordComponent inner : component.getType().getRecordComponents()) {
                    fields.add(new Field(component.getName() + capitalised(inner.getName()), type(inner.getType()), null));
                }
            } else {
                fields.add(new Field(component.getName(), type(component.getType()), null));
            }
        }
        return fields;
    }

    private static String type(Class<?> type) {
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "integer";
        }
        if (type == double.class || type == Double.class) {
            return "number";
        }
        if (type == Instant.class) {
            return "datetime";
        }
        return "string";
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The file of that name as it stands now; null when no such file is offered. */
    public File file(String name) {
        Matcher m = FILE.matcher(name);
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(3));
        if (!years().contains(year)) {
            return null;
        }
        String table = m.group(1);
        String stamp = stamp(table, year);
        File kept = files.get(name);
        if (kept != null && kept.stamp().equals(stamp)) {
            return kept;
        }
        byte[] body = make(table, m.group(2), year);
        String etag = hash(body);
        Instant made = kept != null && kept.etag().equals(etag) ? kept.lastModified() : clock.instant().truncatedTo(ChronoUnit.SECONDS);
        File file = new File(name, body, stamp, etag, made);
        files.put(name, file);
        return file;
    }

    /** The state of a file's data: the festival schedule's tag for the year, and for statistics the change log's newest row too. */
    private String stamp(String table, int year) {
        long tag = schedule.tag(new ScheduleFilter(null, null, null, null, year, null, null, null, null));
        if (table.equals("festival-schedule")) {
            return "f" + tag;
        }
        Number newest = (Number) em.createNativeQuery("select coalesce(max(id), 0) from record_change").getSingleResult();
        return "f" + tag + "c" + newest.longValue();
    }

    private byte[] make(String table, String statistic, int year) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (table.equals("festival-schedule")) {
                writeSchedule(year, out);
            } else if (statistic.equals("indicators")) {
                IndicatorReportCsvWriter.write(indicators.compile(Structure.current, null, year, year, null), out);
            } else {
                ReportCsvWriter.write(statistics.compile(statistic, Structure.current, null, year, year), out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The year's schedule in start order, read in chunks, each item flattened as the JSON list writes it. */
    private void writeSchedule(int year, ByteArrayOutputStream out) throws IOException {
        List<Field> fields = scheduleFields();
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        fields.forEach(f -> schema.addColumn(f.name()));
        ScheduleFilter filter = new ScheduleFilter(null, null, null, null, year, null, null, null, null);
        PageRequest<FestivalSummary> page = PageRequest.first(FestivalService.SORTS.defaultKey(), FestivalService.SORTS.uniqueKey(),
                false, SCHEDULE_CHUNK);
        try (SequenceWriter lines = CSV.writer(schema.build()).writeValues(out)) {
            while (true) {
                Page<FestivalSummary> found = festivals.list(filter, page);
                for (FestivalSummary item : found.items()) {
                    lines.write(line(mapper.valueToTree(item), fields));
                }
                if (found.nextCursor() == null) {
                    break;
                }
                page = page.after(found.nextCursor());
            }
        }
    }

    private static List<String> line(JsonNode item, List<Field> fields) {
        List<String> line = new ArrayList<>(fields.size());
        for (Field field : fields) {
            line.add(text(value(item, field.name())));
        }
        return line;
    }

    /** A flattened field's value: {@code adminUnitCode} is {@code adminUnit.code}. */
    private static JsonNode value(JsonNode item, String name) {
        if (item.has(name)) {
            return item.get(name);
        }
        for (Iterator<String> it = item.fieldNames(); it.hasNext(); ) {
            String outer = it.next();
            if (name.startsWith(outer) && name.length() > outer.length() && item.get(outer).isObject()) {
                String inner = name.substring(outer.length());
                return item.get(outer).get(Character.toLowerCase(inner.charAt(0)) + inner.substring(1));
            }
        }
        return null;
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static String hash(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
