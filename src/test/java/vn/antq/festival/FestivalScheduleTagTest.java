package vn.antq.festival;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Schedule and calendar tags scoped to what they show; the calendar whole or refused; one festival as .ics. */
@QuarkusTest
class FestivalScheduleTagTest {

    private static final String PATH = FestivalResourceTest.PATH;
    private static final String HA_TINH = "2025:42";
    private static final String HA_NOI = "2025:01";
    /** A ward of Hà Nội (2025). */
    private static final String BA_DINH = "00004";

    @Inject
    SessionFactory orm;

    @Inject
    AgroalDataSource dataSource;

    private static final String WEBHOOK_DISPATCH = "webhook-dispatch";

    @Inject
    io.quarkus.scheduler.Scheduler scheduler;

    @Test
    void aChangeInHaNoiLeavesHaTinhsScheduleAnswering304() {
        String tag = Fixtures.tag();
        String organizer = FestivalResourceTest.organizer(tag);
        Fixtures.createFestival(Fixtures.festival("Hà Tĩnh " + tag, organizer, "2031-08-19", 18.36, 105.88));
        String haTinh = etag(HA_TINH, "2031-08-12", "2031-08-25");
        String haNoi = etag(HA_NOI, "2031-08-12", "2031-08-25");
        String haTinhOtherYear = etag(HA_TINH, "2032-08-12", "2032-08-25");

        Map<String, Object> inHaNoi = Fixtures.festival("Hà Nội " + tag, organizer, "2031-08-19", 21.03, 105.83);
        inHaNoi.put("adminUnit", Fixtures.unit("2025", BA_DINH));
        String moved = Fixtures.createFestival(inHaNoi);

        revalidate(HA_TINH, "2031-08-12", "2031-08-25", haTinh).statusCode(304);
        revalidate(HA_NOI, "2031-08-12", "2031-08-25", haNoi).statusCode(200).header("ETag", not(equalTo(haNoi)));
        // A festival that moves from Hà Nội into Hà Tĩnh changes both, and not Hà Tĩnh's other years.
        String haNoiNow = etag(HA_NOI, "2031-08-12", "2031-08-25");
        Map<String, Object> intoHaTinh = Fixtures.festival("Hà Nội " + tag, organizer, "2031-08-19", 18.36, 105.88);
        Api.admin().header("If-Match", "\"0\"").body(intoHaTinh).put(PATH + "/" + moved).then().statusCode(200);
        revalidate(HA_NOI, "2031-08-12", "2031-08-25", haNoiNow).statusCode(200);
        revalidate(HA_TINH, "2031-08-12", "2031-08-25", haTinh).statusCode(200)
                .body("items.title", org.hamcrest.Matchers.hasItem("Hà Nội " + tag));
        revalidate(HA_TINH, "2032-08-12", "2032-08-25", haTinhOtherYear).statusCode(304);
    }

    @Test
    void revalidationAndAnUnchangedPageRunNoPageQuery() {
        String tag = Fixtures.tag();
        Fixtures.createFestival(Fixtures.festival("Không truy vấn " + tag, FestivalResourceTest.organizer(tag), "2033-08-19", 18.36, 105.88));
        String etag = etag(HA_TINH, "2033-08-12", "2033-08-25");
        // The webhook dispatcher queries in the background: hold it while statements are counted.
        scheduler.pause(WEBHOOK_DISPATCH);
        try {
            long before = quietStatementCount();
            for (int i = 0; i < 5; i++) {
                revalidate(HA_TINH, "2033-08-12", "2033-08-25", etag).statusCode(304);
                revalidate(HA_TINH, "2033-08-12", "2033-08-25", null).statusCode(200).header("ETag", equalTo(etag));
            }
            assertThat(orm.getStatistics().getPrepareStatementCount()).isEqualTo(before);
        } finally {
            scheduler.resume(WEBHOOK_DISPATCH);
        }
    }

    /** The statement count once a background run that was under way when paused has finished. */
    private long quietStatementCount() {
        long count = orm.getStatistics().getPrepareStatementCount();
        for (int i = 0; i < 50; i++) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            long now = orm.getStatistics().getPrepareStatementCount();
            if (now == count) {
                return now;
            }
            count = now;
        }
        throw new IllegalStateException("statements kept running while the dispatcher was paused");
    }

    /**
     * Readers keep every (ETag, page) pair they get while writers change the province's schedule. Once
     * the writers are done, any pair whose ETag still answers 304 must hold exactly the current page:
     * no tag ever vouches for a page older than itself.
     */
    @Test
    void aTagNeverVouchesForAStalePageUnderConcurrentWriters() throws Exception {
        String tag = Fixtures.tag();
        String organizer = FestivalResourceTest.organizer(tag);
        record Seen(String etag, String body) {
        }
        List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(pool.submit(() -> {
                    while (writing.get()) {
                        Response page = schedule(tag, null).extract().response();
                        seen.add(new Seen(page.header("ETag"), page.asString()));
                    }
                    return null;
                }));
            }
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 4; i++) {
                        String title = "Đua " + tag + " " + writer + "-" + i;
                        String id = Fixtures.createFestival(Fixtures.festival(title, organizer, "2034-08-19", 18.36, 105.88));
                        Api.admin().header("If-Match", "\"0\"")
                                .body(Fixtures.festival(title + " (đổi)", organizer, "2034-08-20", 18.36, 105.88))
                                .put(PATH + "/" + id).then().statusCode(200);
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
            writing.set(false);
            for (Future<?> reader : readers) {
                reader.get();
            }
        } finally {
            pool.shutdownNow();
        }
        String current = schedule(tag, null).extract().asString();
        assertThat(seen).isNotEmpty();
        for (Seen pair : seen) {
            if (schedule(tag, pair.etag()).extract().statusCode() == 304) {
                assertThat(pair.body()).isEqualTo(current);
            }
        }
        assertThat(current).contains("(đổi)");
        // The page read after the writers answers 304 under its own tag.
        Response last = schedule(tag, null).extract().response();
        assertThat(schedule(tag, last.header("ETag")).extract().statusCode()).isEqualTo(304);
    }

    @Test
    void theCalendarIsWholeOrRefusedNeverCut() {
        String tag = Fixtures.tag();
        String organizer = FestivalResourceTest.organizer(tag);
        for (int i = 0; i < 3; i++) {
            Fixtures.createFestival(Fixtures.festival("Lịch đủ " + i + " " + tag, organizer, "2035-08-1" + i, 18.36, 105.88));
        }
        // The test profile allows 3 events.
        String ics = Api.anonymous().queryParam("q", tag).get(PATH + "/calendar").then().statusCode(200).extract().asString();
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(4);
        Fixtures.createFestival(Fixtures.festival("Lịch đủ 3 " + tag, organizer, "2035-08-13", 18.36, 105.88));
        Api.anonymous().queryParam("q", tag).get(PATH + "/calendar").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(vn.antq.schedule.ScheduleResource.CALENDAR_TOO_LARGE))
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("unit", "from", "to"));
    }

    @Test
    void oneFestivalComesAsAnIcsWithTheSameEtag() throws Exception {
        String tag = Fixtures.tag();
        String id = Fixtures.createFestival(Fixtures.festival("Một lịch " + tag, FestivalResourceTest.organizer(tag), "2026-08-19", 18.36, 105.88));
        String json = Api.anonymous().get(PATH + "/" + id).then().statusCode(200).extract().header("ETag");
        Response response = Api.anonymous().accept("text/calendar").get(PATH + "/" + id).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("text/calendar"))
                .header("ETag", equalTo(json)).extract().response();
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.asString()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(id + "@antq");
            assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Một lịch " + tag);
        });
        Api.anonymous().accept("text/calendar").header("If-None-Match", json).get(PATH + "/" + id).then().statusCode(304);
    }

    /**
     * The tags are kept in memory: a write this replica did not make (another replica's, here straight in
     * the database) reaches them at the change listener's next look, and the schedule answers 200 again.
     */
    @Test
    void aWriteFromAnotherReplicaReachesTheKeptTags() throws Exception {
        String tag = Fixtures.tag();
        String id = Fixtures.createFestival(Fixtures.festival("Bản sao " + tag, FestivalResourceTest.organizer(tag), "2036-08-19", 18.36, 105.88));
        String etag = etag(HA_TINH, "2036-08-12", "2036-08-25");
        revalidate(HA_TINH, "2036-08-12", "2036-08-25", etag).statusCode(304);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE festival SET title = title || ' (nơi khác)', version = version + 1 WHERE id = ?")) {
            update.setObject(1, UUID.fromString(id));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        int status = 304;
        for (int look = 0; look < 100 && status == 304; look++) {
            Thread.sleep(vn.antq.schedule.ScheduleCache.POLL_MILLIS);
            status = revalidate(HA_TINH, "2036-08-12", "2036-08-25", etag).extract().statusCode();
        }
        assertThat(status).isEqualTo(200);
        revalidate(HA_TINH, "2036-08-12", "2036-08-25", etag).statusCode(200)
                .body("items.title", org.hamcrest.Matchers.hasItem("Bản sao " + tag + " (nơi khác)"));
    }

    /**
     * A schedule item fits one entry of the schedule's index: the texts at their length limits, in
     * characters of 3 bytes, are taken and listed.
     */
    @Test
    void theLongestTextsFitTheScheduleIndex() {
        String tag = Fixtures.tag();
        // "ệ" takes 3 bytes: the three texts come to 2,382 bytes.
        Map<String, Object> longest = Fixtures.festival(tag + " " + "ệ".repeat(299 - tag.length()), FestivalResourceTest.organizer(tag),
                "2037-08-19", 18.36, 105.88);
        longest.put("localArea", "ệ".repeat(200));
        @SuppressWarnings("unchecked")
        Map<String, Object> venue = (Map<String, Object>) longest.get("venue");
        venue.put("name", "ệ".repeat(300));
        Fixtures.createFestival(longest);
        Api.anonymous().queryParam("unit", HA_TINH).queryParam("from", "2037-08-12").queryParam("to", "2037-08-25")
                .queryParam("q", tag).get(PATH).then().statusCode(200).body("items.localArea", equalTo(List.of("ệ".repeat(200))));
    }

    @Test
    void aFestivalLastsAtMostSevenDays() {
        String tag = Fixtures.tag();
        Map<String, Object> body = Fixtures.festival("Dài " + tag, FestivalResourceTest.organizer(tag), "2026-08-19", 18.36, 105.88);
        body.put("endsAt", "2026-08-26T07:30:01+07:00");
        Api.admin().body(body).post(PATH).then().statusCode(400).body("errors.field", equalTo(List.of("endsAt")));
    }

    private static io.restassured.response.ValidatableResponse schedule(String q, String ifNoneMatch) {
        var request = Api.anonymous().queryParam("unit", HA_TINH).queryParam("from", "2034-08-12")
                .queryParam("to", "2034-08-25").queryParam("q", q);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return request.get(PATH).then();
    }

    private static String etag(String unit, String from, String to) {
        return Api.anonymous().queryParam("unit", unit).queryParam("from", from).queryParam("to", to).get(PATH).then()
                .statusCode(200).extract().header("ETag");
    }

    private static io.restassured.response.ValidatableResponse revalidate(String unit, String from, String to, String etag) {
        var request = Api.anonymous().queryParam("unit", unit).queryParam("from", from).queryParam("to", to);
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return request.get(PATH).then();
    }
}
