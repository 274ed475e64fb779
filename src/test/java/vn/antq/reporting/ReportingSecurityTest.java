package vn.antq.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;
import vn.antq.support.Tokens;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static vn.antq.reporting.ReportingFixtures.PERIODS;
import static vn.antq.reporting.ReportingFixtures.TARGETS;

/**
 * Who may do what with the reporting calendar: every operation of the reporting periods and the targets, for every
 * kind of caller. Reads need a token (any role); writes are an admin's, or an editor's whose areas hold the record's
 * unit (a period's scope, a target's unit); a period of the whole country is an admin's.
 */
@QuarkusTest
class ReportingSecurityTest {

    /** The editor's area: a 2025 province that holds the records of this test. */
    private static final String INSIDE = "38";
    /** An area that holds none of them. */
    private static final String OUTSIDE = "01";

    enum Caller {
        ANONYMOUS(401, 401), VIEWER(0, 403), EDITOR_OUTSIDE(0, 403), EDITOR_INSIDE(0, 0), ADMIN(0, 0);

        /** The refusal of a read and of a write, 0 when allowed. */
        final int read;
        final int write;

        Caller(int read, int write) {
            this.read = read;
            this.write = write;
        }

        RequestSpecification request() {
            return switch (this) {
                case ANONYMOUS -> Api.invalidRequest(null);
                case VIEWER -> Api.viewer();
                case EDITOR_OUTSIDE -> Api.as(Tokens.editor(OUTSIDE));
                case EDITOR_INSIDE -> Api.as(Tokens.editor(INSIDE));
                case ADMIN -> Api.admin();
            };
        }
    }

    enum Operation {
        LIST_PERIODS, CREATE_PERIOD, PERIOD_CHANGES, GET_PERIOD, REPLACE_PERIOD, PATCH_PERIOD, DELETE_PERIOD, PERIOD_HISTORY,
        PERIOD_UNITS, PERIOD_UNITS_CSV,
        LIST_TARGETS, CREATE_TARGET, TARGET_CHANGES, GET_TARGET, REPLACE_TARGET, PATCH_TARGET, DELETE_TARGET, TARGET_HISTORY;

        boolean write() {
            return name().startsWith("CREATE") || name().startsWith("REPLACE") || name().startsWith("PATCH")
                    || name().startsWith("DELETE");
        }

        boolean target() {
            return name().contains("TARGET");
        }
    }

    static Stream<Arguments> everyOperationForEveryCaller() {
        List<Arguments> cases = new ArrayList<>();
        for (Operation operation : Operation.values()) {
            for (Caller caller : Caller.values()) {
                cases.add(Arguments.of(operation, caller));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyOperationForEveryCaller")
    void everyOperationIsAllowedOnlyToItsRoles(Operation operation, Caller caller) {
        String tag = Fixtures.tag();
        int year = ReportingFixtures.randomYear();
        List<String> communes = ReportingFixtures.communes(INSIDE);
        String commune = communes.get(new java.util.Random().nextInt(communes.size()));
        Map<String, Object> body = operation.target()
                ? TargetTest.target("2025", commune, "mediation_teams", year, 5L, null)
                : ReportingFixtures.communePeriod(tag, INSIDE, year, year + "-12-20");
        String base = operation.target() ? TARGETS : PERIODS;
        String id = operation == Operation.CREATE_PERIOD || operation == Operation.CREATE_TARGET ? null
                : Api.admin().body(body).post(base).then().statusCode(201).extract().path("id");
        Map<String, Object> changed = new HashMap<>(body);
        changed.put("note", "Da sua " + tag);
        RequestSpecification request = caller.request();
        ValidatableResponse response = switch (operation) {
            case LIST_PERIODS, LIST_TARGETS -> request.get(base).then();
            case PERIOD_CHANGES, TARGET_CHANGES -> request.get(base + "/changes").then();
            case GET_PERIOD, GET_TARGET -> request.get(base + "/" + id).then();
            case PERIOD_HISTORY, TARGET_HISTORY -> request.get(base + "/" + id + "/history").then();
            case PERIOD_UNITS -> request.get(base + "/" + id + "/units").then();
            case PERIOD_UNITS_CSV -> request.get(base + "/" + id + "/units.csv").then();
            case CREATE_PERIOD, CREATE_TARGET -> request.body(body).post(base).then();
            case REPLACE_PERIOD, REPLACE_TARGET -> request.header("If-Match", "\"0\"").body(changed).put(base + "/" + id).then();
            case PATCH_PERIOD, PATCH_TARGET -> request.header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                    .body(Map.of("note", "Da sua " + tag)).patch(base + "/" + id).then();
            case DELETE_PERIOD, DELETE_TARGET -> request.header("If-Match", "\"0\"").delete(base + "/" + id).then();
        };
        int refusal = operation.write() ? caller.write : caller.read;
        try {
            check(operation, response, refusal, base, id, tag);
        } finally {
            // Targets are one per unit, indicator and years: a test's own is deleted, so that later runs may set it again.
            if (operation.target()) {
                String created = id != null ? id : Api.admin().queryParam("unit", "2025:" + commune).queryParam("year", year)
                        .get(TARGETS).then().extract().path("items.find { it.note == '" + body.get("note") + "' }.id");
                var live = created == null ? null : Api.admin().get(TARGETS + "/" + created).then().extract();
                if (live != null && live.statusCode() == 200) {
                    Api.admin().header("If-Match", live.header("ETag")).delete(TARGETS + "/" + created).then().statusCode(204);
                }
            }
        }
    }

    private static void check(Operation operation, ValidatableResponse response, int refusal, String base, String id, String tag) {
        if (refusal != 0) {
            refused(response, refusal);
            if (id != null) {
                Api.admin().get(base + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""));
            } else if (!operation.target()) {
                Api.admin().queryParam("q", tag).get(PERIODS).then().body("items", hasSize(0));
            }
            return;
        }
        switch (operation) {
            case CREATE_PERIOD, CREATE_TARGET -> response.statusCode(201);
            case DELETE_PERIOD, DELETE_TARGET -> {
                response.statusCode(204);
                Api.admin().get(base + "/" + id).then().statusCode(404);
            }
            case REPLACE_PERIOD, REPLACE_TARGET, PATCH_PERIOD, PATCH_TARGET ->
                    response.statusCode(200).header("ETag", equalTo("\"1\"")).body("note", equalTo("Da sua " + tag));
            default -> response.statusCode(200);
        }
    }

    /** A period of the whole country (the provinces report) belongs to no unit: only an admin writes it. */
    @Test
    void periodsOfTheWholeCountryAreAdminOnly() {
        String tag = Fixtures.tag();
        Map<String, Object> body = ReportingFixtures.communePeriod(tag, INSIDE, 2040, "2040-12-20");
        body.put("level", "province");
        body.put("indicators", List.of("models_new"));
        body.remove("adminUnit");
        refused(Api.as(Tokens.editor(INSIDE, OUTSIDE)).body(body).post(PERIODS).then(), 403);
        String id = Api.admin().body(body).post(PERIODS).then().statusCode(201).extract().path("id");
        refused(Api.as(Tokens.editor(INSIDE, OUTSIDE)).header("If-Match", "\"0\"").delete(PERIODS + "/" + id).then(), 403);
        // Nor may an editor move a period of their area out to the whole country.
        String local = ReportingFixtures.create(ReportingFixtures.communePeriod(tag, INSIDE, 2041, "2041-12-20"));
        Map<String, Object> national = new HashMap<>(body);
        national.put("fromYear", 2041);
        national.put("toYear", 2041);
        refused(Api.as(Tokens.editor(INSIDE)).header("If-Match", "\"0\"").body(national).put(PERIODS + "/" + local).then(), 403);
    }

    private static void refused(ValidatableResponse response, int status) {
        response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status))
                .body("type", notNullValue());
        if (status == 401) {
            response.header("WWW-Authenticate", startsWith("Bearer"));
        }
    }
}
