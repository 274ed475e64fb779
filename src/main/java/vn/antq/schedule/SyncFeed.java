package vn.antq.schedule;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.AdminUnitService;
import vn.antq.festival.ActivityKind;
import vn.antq.festival.FestivalDtos.FestivalSummary;
import vn.antq.festival.VietnamTime;
import vn.antq.record.ChangeToken;
import vn.antq.shared.config.AntqConfig;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * The festival sync feed of a scope (everything under {@code unit}, both eras, and of {@code year}; either may be
 * absent): every festival created, changed or deleted in it after the token's position, in position order, each
 * once with its latest state (a tombstone when deleted), and every festival that left it (moved to another unit or
 * year) as a "leave". Without a token the feed starts from the beginning and leaves out festivals already deleted
 * or gone. Writers are not serialised: a page reads one snapshot, and only positions of transactions below its
 * horizon, which no writer can add to any more (V21__festival_writers_in_parallel.sql).
 *
 * <p>It shares the record feeds' token ({@link ChangeToken}, signed, of the collection {@code festivals} and the
 * scope {@code unit/year}) and their rule for the position after a page ({@link ChangeToken#next}); tokens of the
 * forms earlier releases issued ({@link SyncToken}) are still read. A page is written as it is read: the rows come
 * from one query, in position order, and each goes straight to the response through a {@link JsonGenerator}.
 */
@ApplicationScoped
public class SyncFeed {

    public static final int MAX_LIMIT = 1000;
    static final String COLLECTION = "festivals";
    private static final int OUTPUT_BUFFER = 32 * 1024;

    @Inject
    SyncFeedRepository feed;
    @Inject
    ScheduleService schedule;
    @Inject
    AdminUnitService adminUnits;
    @Inject
    AntqConfig config;
    @Inject
    ObjectMapper mapper;

    private final Map<String, Map<String, SerializableString>> labels = new ConcurrentHashMap<>();
    /** Pages being written at once (antq.festival.feed-pages-at-once), fair to those waiting: each holds a connection. */
    private Semaphore pagesAtOnce;

    @PostConstruct
    void init() {
        pagesAtOnce = new Semaphore(config.festival().feedPagesAtOnce(), true);
    }

    /** A client's start: the position it holds in its scope, checked before anything is written. */
    public record Start(ChangeToken from, boolean fromScratch, AdminUnitKey unit, Integer year, int limit) {
    }

    /**
     * Reads the client's token: 410 when it was not issued here or has expired, 400 when it was issued for another
     * scope; an unknown unit is a 400 too.
     */
    @Transactional
    public Start start(String since, AdminUnitKey unit, Integer year, int limit) {
        String scope = SyncToken.scope(unit, year);
        if (unit != null) {
            schedule.provincesWithin(unit);
        }
        Instant now = Instant.now();
        if (since == null) {
            return new Start(new ChangeToken(COLLECTION, scope, 0, 0, now), true, unit, year, limit);
        }
        ChangeToken from;
        // No token of this service names a transaction past the newest this snapshot knows of (each names one
        // below a horizon of its time); the page's own snapshot reads its horizon.
        long[] newest = feed.newest();
        if (ChangeToken.isSigned(since)) {
            from = ChangeToken.read(since, key(), newest[0], config.festival().syncTokenLifetime(), now);
            if (!from.collection().equals(COLLECTION)) {
                throw SyncToken.otherScope("the changes of " + from.collection(), scope);
            }
            if (!from.unit().equals(scope)) {
                throw SyncToken.otherScope(SyncToken.describe(from.unit()), scope);
            }
        } else {
            SyncToken token = SyncToken.decode(since, config.festival().syncTokenLifetime(), newest[1], newest[0], now, scope);
            from = new ChangeToken(COLLECTION, scope, token.tx(), token.changeSeq(), token.issuedAt());
        }
        return new Start(from, false, unit, year, limit);
    }

    /** Writes the page that follows {@code start} to {@code out}, each change as it is read, then the next token. */
    @Transactional
    public void write(Start start, OutputStream out) throws IOException {
        pagesAtOnce.acquireUninterruptibly();
        try {
            // One snapshot for the whole page: the horizon and the rows agree.
            feed.readOneSnapshot();
            long horizon = feed.horizon();
            Instant now = Instant.now();
            AdminUnitKey unit = start.unit();
            SyncFeedRepository.FeedScope scope = new SyncFeedRepository.FeedScope(
                    unit == null ? null : schedule.provincesWithin(unit), adminUnits.scope(unit, "unit"), start.year());
            boolean departures = !start.fromScratch() && (unit != null || start.year() != null);
            ChangeToken from = start.from();
            long[] last = new long[2];
            int[] written = {0};
            boolean[] hasMore = {false};
            // Written to the response in large pieces: fewer, larger writes to the connection.
            OutputStream buffered = new BufferedOutputStream(out, OUTPUT_BUFFER);
            try (JsonGenerator json = mapper.getFactory().createGenerator(buffered)
                    // A page cut short by an error must not read as a whole one: nothing is closed for it.
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
                json.writeStartObject();
                json.writeArrayFieldStart("items");
                feed.changes(scope, from.tx(), from.id(), horizon, start.fromScratch(), departures, start.limit() + 1, row -> {
                    if (written[0] == start.limit()) {
                        hasMore[0] = true;
                        return false;
                    }
                    entry(json, row);
                    written[0]++;
                    last[0] = row.getLong(SyncFeedRepository.TX);
                    last[1] = row.getLong(SyncFeedRepository.SEQ);
                    return true;
                });
                json.writeEndArray();
                json.writeStringField("nextToken", from.next(hasMore[0], last[0], last[1], horizon, now).encode(key()));
                json.writeBooleanField("hasMore", hasMore[0]);
                json.writeEndObject();
                json.flush();
            }
            buffered.flush();
        } finally {
            pagesAtOnce.release();
        }
    }

    /**
     * One entry (the contract's FestivalChange): id, change, festival (an upsert's state, field for field as the
     * list writes its {@link FestivalSummary} items), deletedAt (a tombstone's).
     */
    private void entry(JsonGenerator json, ResultSet row)
            throws SQLException, IOException {
        String id = row.getString(SyncFeedRepository.ID);
        json.writeStartObject();
        json.writeStringField("id", id);
        OffsetDateTime deletedAt = row.getObject(SyncFeedRepository.DELETED_AT, OffsetDateTime.class);
        if (row.getBoolean(SyncFeedRepository.DEPARTED)) {
            json.writeStringField("change", "leave");
            json.writeNullField("festival");
            json.writeNullField("deletedAt");
        } else if (deletedAt != null) {
            json.writeStringField("change", "delete");
            json.writeNullField("festival");
            json.writeStringField("deletedAt", deletedAt.toInstant().toString());
        } else {
            json.writeStringField("change", "upsert");
            json.writeObjectFieldStart("festival");
            json.writeStringField("id", id);
            text(json, "title", row, SyncFeedRepository.TITLE);
            json.writeStringField("startsAt", VietnamTime.format(instant(row, SyncFeedRepository.STARTS_AT)));
            json.writeStringField("endsAt", VietnamTime.format(instant(row, SyncFeedRepository.ENDS_AT)));
            text(json, "status", row, SyncFeedRepository.STATUS);
            json.writeFieldName("adminUnit");
            json.writeRawValue(label(row.getString(SyncFeedRepository.UNIT_ERA), row.getString(SyncFeedRepository.UNIT_CODE)));
            text(json, "localArea", row, SyncFeedRepository.LOCAL_AREA);
            text(json, "venueName", row, SyncFeedRepository.VENUE_NAME);
            decimal(json, "latitude", row, SyncFeedRepository.LATITUDE);
            decimal(json, "longitude", row, SyncFeedRepository.LONGITUDE);
            json.writeNullField("distanceKm");
            json.writeNumberField("version", row.getLong(SyncFeedRepository.VERSION));
            Instant updatedAt = instant(row, SyncFeedRepository.UPDATED_AT);
            json.writeStringField("updatedAt", updatedAt == null ? null : updatedAt.toString());
            text(json, "kind", row, SyncFeedRepository.KIND);
            json.writeArrayFieldStart("activities");
            for (ActivityKind kind : ActivityKind.of(row.getInt(SyncFeedRepository.ACTIVITY_KINDS))) {
                json.writeString(kind.name());
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeNullField("deletedAt");
        }
        json.writeEndObject();
    }

    /**
     * A unit's label as the API writes it, serialised once (units are fixed while the service runs), by era and
     * code: the catalogue's look-up is the costliest part of a row otherwise.
     */
    private SerializableString label(String era, String code) throws IOException {
        Map<String, SerializableString> ofEra = labels.computeIfAbsent(era, e -> new ConcurrentHashMap<>());
        SerializableString label = ofEra.get(code);
        if (label == null) {
            label = new SerializedString(mapper.writeValueAsString(adminUnits.label(new AdminUnitKey(era, code))));
            ofEra.put(code, label);
        }
        return label;
    }

    /**
     * A text column written from the UTF-8 bytes the database sent (escaped as any JSON string is), without
     * decoding them to a Java string and encoding them again.
     */
    private static void text(JsonGenerator json, String name, ResultSet row, int column) throws SQLException, IOException {
        byte[] utf8 = row.getBytes(column);
        json.writeFieldName(name);
        if (utf8 == null) {
            json.writeNull();
        } else {
            json.writeUTF8String(utf8, 0, utf8.length);
        }
    }

    private static void decimal(JsonGenerator json, String name, ResultSet row, int column) throws SQLException, IOException {
        double value = row.getDouble(column);
        if (row.wasNull()) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value);
        }
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private byte[] key() {
        return config.changes().tokenKey().getBytes(StandardCharsets.UTF_8);
    }
}
