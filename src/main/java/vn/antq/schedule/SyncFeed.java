package vn.antq.schedule;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitLabel;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.AdminUnitService;
import vn.antq.festival.ActivityKind;
import vn.antq.festival.FestivalDtos.FestivalChange;
import vn.antq.festival.FestivalDtos.FestivalSummary;
import vn.antq.festival.FestivalKind;
import vn.antq.festival.FestivalStatus;
import vn.antq.festival.VietnamTime;
import vn.antq.record.ChangeToken;
import vn.antq.shared.config.AntqConfig;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;

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

    private ObjectWriter festivalWriter;
    /** Pages being written at once (antq.festival.feed-pages-at-once), fair to those waiting: each holds a connection. */
    private Semaphore pagesAtOnce;

    @PostConstruct
    void init() {
        festivalWriter = mapper.writerFor(FestivalSummary.class).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
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
        if (ChangeToken.isSigned(since)) {
            from = ChangeToken.read(since, key(), feed.horizon(), config.festival().syncTokenLifetime(), now);
            if (!from.collection().equals(COLLECTION)) {
                throw SyncToken.otherScope("the changes of " + from.collection(), scope);
            }
            if (!from.unit().equals(scope)) {
                throw SyncToken.otherScope(SyncToken.describe(from.unit()), scope);
            }
        } else {
            long[] end = feed.feedEnd();
            SyncToken token = SyncToken.decode(since, config.festival().syncTokenLifetime(), end[1], end[2], now, scope);
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
            Map<AdminUnitKey, AdminUnitLabel> labels = new HashMap<>();
            int written = 0;
            long lastTx = 0;
            long lastSeq = 0;
            boolean hasMore = false;
            try (Stream<Object[]> rows = feed.changes(scope, from.tx(), from.id(), horizon, start.fromScratch(), departures,
                    start.limit() + 1);
                 JsonGenerator json = mapper.getFactory().createGenerator(out)
                         // A page cut short by an error must not read as a whole one: nothing is closed for it.
                         .disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT)
                         .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
                json.writeStartObject();
                json.writeArrayFieldStart("items");
                for (Iterator<Object[]> it = rows.iterator(); it.hasNext(); ) {
                    Object[] row = it.next();
                    if (written == start.limit()) {
                        hasMore = true;
                        break;
                    }
                    entry(json, row, labels);
                    written++;
                    lastTx = number(row[SyncFeedRepository.TX]);
                    lastSeq = number(row[SyncFeedRepository.SEQ]);
                }
                json.writeEndArray();
                json.writeStringField("nextToken", from.next(hasMore, lastTx, lastSeq, horizon, now).encode(key()));
                json.writeBooleanField("hasMore", hasMore);
                json.writeEndObject();
                json.flush();
            }
        } finally {
            pagesAtOnce.release();
        }
    }

    /** One entry, as {@link FestivalChange} shows it: id, change, festival (an upsert's state), deletedAt (a tombstone's). */
    private void entry(JsonGenerator json, Object[] row, Map<AdminUnitKey, AdminUnitLabel> labels) throws IOException {
        UUID id = (UUID) row[SyncFeedRepository.ID];
        json.writeStartObject();
        json.writeStringField("id", id.toString());
        if (Boolean.TRUE.equals(row[SyncFeedRepository.DEPARTED])) {
            json.writeStringField("change", "leave");
            json.writeNullField("festival");
            json.writeNullField("deletedAt");
        } else if (row[SyncFeedRepository.DELETED_AT] != null) {
            json.writeStringField("change", "delete");
            json.writeNullField("festival");
            json.writeFieldName("deletedAt");
            festivalWriter.forType(Instant.class).writeValue(json, instant(row[SyncFeedRepository.DELETED_AT]));
        } else {
            json.writeStringField("change", "upsert");
            json.writeFieldName("festival");
            AdminUnitKey unit = new AdminUnitKey((String) row[SyncFeedRepository.UNIT_ERA], (String) row[SyncFeedRepository.UNIT_CODE]);
            festivalWriter.writeValue(json, new FestivalSummary(id, (String) row[SyncFeedRepository.TITLE],
                    VietnamTime.format(instant(row[SyncFeedRepository.STARTS_AT])),
                    VietnamTime.format(instant(row[SyncFeedRepository.ENDS_AT])),
                    FestivalStatus.valueOf((String) row[SyncFeedRepository.STATUS]),
                    labels.computeIfAbsent(unit, adminUnits::label), (String) row[SyncFeedRepository.LOCAL_AREA],
                    (String) row[SyncFeedRepository.VENUE_NAME], decimal(row[SyncFeedRepository.LATITUDE]),
                    decimal(row[SyncFeedRepository.LONGITUDE]), null, number(row[SyncFeedRepository.VERSION]),
                    instant(row[SyncFeedRepository.UPDATED_AT]), FestivalKind.valueOf((String) row[SyncFeedRepository.KIND]),
                    ActivityKind.of((int) number(row[SyncFeedRepository.ACTIVITY_KINDS]))));
            json.writeNullField("deletedAt");
        }
        json.writeEndObject();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Double decimal(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    private static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return Instant.from((TemporalAccessor) value);
    }

    private byte[] key() {
        return config.changes().tokenKey().getBytes(StandardCharsets.UTF_8);
    }
}
