package vn.antq.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;
import vn.antq.support.TestDatabase;
import vn.antq.support.Tokens;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** The audit trail as the API serves it, and its immutability in the database. */
@QuarkusTest
class HistoryTest {

    enum Collection {
        ORGANIZATIONS("/api/v1/organizations", "name"),
        PROGRAMS("/api/v1/programs", "title"),
        AGREEMENTS("/api/v1/coordination-agreements", "title"),
        MODELS("/api/v1/models", "name"),
        AWARDS("/api/v1/awards", "number"),
        INDICATOR_REPORTS("/api/v1/indicator-reports", "title");

        final String path;
        final String nameField;

        Collection(String path, String nameField) {
            this.path = path;
            this.nameField = nameField;
        }

        /** A valid body for a record in Thanh Hóa (legacy district 395 or legacy province 38). */
        Map<String, Object> body(String tag) {
            return switch (this) {
                case ORGANIZATIONS -> Fixtures.districtPolice("Công an huyện Thọ Xuân " + tag);
                case PROGRAMS -> {
                    Map<String, Object> body = Fixtures.program("CT-" + tag, List.of(organization(tag)));
                    body.put("level", "province");
                    body.put("adminUnit", Fixtures.unit("legacy", "38"));
                    yield body;
                }
                case AGREEMENTS -> Fixtures.agreement("QC-" + tag,
                        Fixtures.createProgram(Fixtures.program("CTQG-" + tag, List.of(organization(tag)))),
                        organization(tag), organization(tag));
                case MODELS -> Fixtures.model("Mô hình " + tag);
                case AWARDS -> Fixtures.award("QĐ-" + tag, Fixtures.createOrganization(Fixtures.districtPolice("UBND " + tag)),
                        List.of(Fixtures.individual("Người " + tag, null)));
                case INDICATOR_REPORTS -> Fixtures.indicatorReport(tag, "395");
            };
        }

        String history(String id) {
            return path + "/" + id + "/history";
        }
    }

    @ParameterizedTest(name = "{0} by an editor of the area")
    @EnumSource(Collection.class)
    void createUpdateAndDeleteByAnEditorAreRecordedNewestFirst(Collection collection) {
        recordsTheLifeOfARecord(collection, Tokens.editor("38"), "test-editor", "test-client-editor");
    }

    @ParameterizedTest(name = "{0} by an admin")
    @EnumSource(Collection.class)
    void createUpdateAndDeleteByAnAdminAreRecordedNewestFirst(Collection collection) {
        recordsTheLifeOfARecord(collection, Tokens.admin(), "test-admin", "test-client-admin");
    }

    private void recordsTheLifeOfARecord(Collection collection, String token, String subject, String client) {
        String tag = Fixtures.tag();
        Map<String, Object> body = collection.body(tag);
        String id = Api.as(token).body(body).post(collection.path).then().statusCode(201).extract().path("id");
        Map<String, Object> changed = new HashMap<>(body);
        String newName = body.get(collection.nameField) + " (sửa đổi)";
        changed.put(collection.nameField, newName);
        Api.as(token).header("If-Match", "\"0\"").body(changed).put(collection.path + "/" + id).then().statusCode(200);
        Api.as(token).header("If-Match", "\"1\"").delete(collection.path + "/" + id).then().statusCode(204);
        Api.viewer().get(collection.path + "/" + id).then().statusCode(404);

        // Deleted records keep their history, readable by a viewer.
        JsonPath history = Api.viewer().get(collection.history(id)).then().statusCode(200)
                .body("items", hasSize(3))
                .body("items.action", equalTo(List.of("delete", "update", "create")))
                .body("items.actor.subject", equalTo(List.of(subject, subject, subject)))
                .body("items.actor.client", equalTo(List.of(client, client, client)))
                .body("nextCursor", nullValue())
                .body("next", nullValue())
                .extract().jsonPath();

        List<Long> ids = history.getList("items.id", String.class).stream().map(Long::valueOf).toList();
        assertThat(ids).isSortedAccordingTo((a, b) -> Long.compare(b, a)).doesNotHaveDuplicates();
        List<String> times = history.getList("items.occurredAt", String.class);
        assertThat(times).allSatisfy(t -> assertThat(t).endsWith("Z"));
        assertThat(java.time.Instant.parse(times.get(0))).isAfterOrEqualTo(java.time.Instant.parse(times.get(2)));

        // create: nothing before, the record as created after.
        assertThat(history.getMap("items[2].before")).isNull();
        assertThat(history.getString("items[2].after.id")).isEqualTo(id);
        assertThat(history.getString("items[2].after." + column(collection))).isEqualTo(body.get(collection.nameField));
        assertThat(history.getString("items[2].after.deletedAt")).isNull();
        // update: before is the created state, after carries the change.
        assertThat(history.getString("items[1].before." + column(collection))).isEqualTo(body.get(collection.nameField));
        assertThat(history.getString("items[1].after." + column(collection))).isEqualTo(newName);
        // update: the typed list of changes names the changed field with its old and new value.
        assertThat(history.getList("items[1].changes.field", String.class)).contains(column(collection), "version", "updatedAt");
        int renamed = history.getList("items[1].changes.field", String.class).indexOf(column(collection));
        assertThat(history.getString("items[1].changes[" + renamed + "].before")).isEqualTo(body.get(collection.nameField));
        assertThat(history.getString("items[1].changes[" + renamed + "].after")).isEqualTo(newName);
        assertThat(history.getMap("items[1].before")).isEqualTo(history.getMap("items[2].after"));
        // delete: the deletion mark appears, the name stays.
        assertThat(history.getMap("items[0].before")).isEqualTo(history.getMap("items[1].after"));
        assertThat(history.getString("items[0].before.deletedAt")).isNull();
        assertThat(history.getString("items[0].after.deletedAt")).isNotNull();
        assertThat(history.getList("items[0].changes.field", String.class)).contains("deletedAt").doesNotContain(column(collection));
        assertThat(history.getString("items[0].after." + column(collection))).isEqualTo(newName);
    }

    private static String column(Collection collection) {
        return switch (collection) {
            case ORGANIZATIONS, MODELS -> "name";
            case AWARDS -> "number";
            default -> "title";
        };
    }

    @Test
    void childrenAreRecordedInTheSnapshot() {
        String tag = Fixtures.tag();
        Map<String, Object> body = Collection.AGREEMENTS.body(tag);
        String id = Fixtures.createAgreement(body);
        Api.viewer().get(Collection.AGREEMENTS.history(id)).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].action", equalTo("create"))
                .body("items[0].after.parties", hasSize(2))
                .body("items[0].after.parties.role", equalTo(List.of("lead", "co_lead")))
                .body("items[0].after.number", equalTo("QC-" + tag))
                .body("items[0].after.unitCode", equalTo("395"));
    }

    @Test
    void changingOnlyTheChildrenIsOneUpdateEventPerTransaction() {
        String tag = Fixtures.tag();
        Map<String, Object> body = Collection.AGREEMENTS.body(tag);
        String id = Fixtures.createAgreement(body);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> parties = (List<Map<String, Object>>) body.get("parties");
        String third = organization(tag);
        Map<String, Object> changed = new HashMap<>(body);
        // Swap the roles of the two parties and add a member: three child rows change in one request.
        changed.put("parties", List.of(
                Map.of("organizationId", parties.get(1).get("organizationId"), "role", "lead"),
                Map.of("organizationId", parties.get(0).get("organizationId"), "role", "co_lead"),
                Map.of("organizationId", third, "role", "member")));
        Api.as(Tokens.editor("38")).header("If-Match", "\"0\"").body(changed)
                .put(Collection.AGREEMENTS.path + "/" + id).then().statusCode(200);

        Api.viewer().get(Collection.AGREEMENTS.history(id)).then().statusCode(200)
                .body("items.action", equalTo(List.of("update", "create")))
                .body("items[0].actor.subject", equalTo("test-editor"))
                .body("items[0].before.parties.organizationId",
                        equalTo(List.of(parties.get(0).get("organizationId"), parties.get(1).get("organizationId"))))
                .body("items[0].after.parties.organizationId",
                        equalTo(List.of(parties.get(1).get("organizationId"), parties.get(0).get("organizationId"), third)))
                .body("items[0].after.parties.role", equalTo(List.of("lead", "co_lead", "member")))
                .body("items[0].after.title", equalTo(body.get("title")));

        // The same for a program's signatories.
        String first = organization(tag);
        Map<String, Object> program = Fixtures.program("CT-" + tag, List.of(first));
        String programId = Fixtures.createProgram(program);
        Map<String, Object> moreSignatories = new HashMap<>(program);
        moreSignatories.put("signatoryIds", List.of(first, third));
        Api.admin().header("If-Match", "\"0\"").body(moreSignatories).put(Collection.PROGRAMS.path + "/" + programId)
                .then().statusCode(200);
        Api.viewer().get(Collection.PROGRAMS.history(programId)).then().statusCode(200)
                .body("items.action", equalTo(List.of("update", "create")))
                .body("items[0].before.signatories", equalTo(List.of(first)))
                .body("items[0].after.signatories", equalTo(List.of(first, third)));
    }

    @Test
    void annulmentIsRecordedAsAnnulWithItsActor() {
        String tag = Fixtures.tag();
        String id = Fixtures.createAward(Collection.AWARDS.body(tag));
        Api.as(Tokens.editor("38")).header("If-Match", "\"0\"")
                .body(Map.of("decisionNumber", "07/QĐ-UBND", "decidedOn", "2023-07-01", "reason", "Khen thưởng không đúng đối tượng"))
                .post(Collection.AWARDS.path + "/" + id + "/annulment").then().statusCode(200);
        Api.viewer().get(Collection.AWARDS.history(id)).then().statusCode(200)
                .body("items.action", equalTo(List.of("annul", "create")))
                .body("items[0].actor.subject", equalTo("test-editor"))
                .body("items[0].actor.client", equalTo("test-client-editor"))
                .body("items[0].before.status", equalTo("valid"))
                .body("items[0].after.status", equalTo("annulled"))
                .body("items[0].after.annulledByNumber", equalTo("07/QĐ-UBND"))
                .body("items[0].after.recipients", hasSize(1))
                .body("items[1].actor.subject", equalTo("test-admin"));
    }

    @Test
    void pointWritesAndStatusChangesAreRecordedInTheModelsHistory() {
        String tag = Fixtures.tag();
        Map<String, Object> body = Collection.MODELS.body(tag);
        String id = Fixtures.createModel(body);
        String point = Api.as(Tokens.editor("38")).body(Fixtures.point("Thôn " + tag, 2, 9))
                .post(Collection.MODELS.path + "/" + id + "/points").then().statusCode(201).extract().path("id");
        Map<String, Object> dissolved = new HashMap<>(body);
        dissolved.put("status", Fixtures.status("dissolved", "2024-12-31", "Thanh loại"));
        Api.admin().header("If-Match", "\"1\"").body(dissolved).put(Collection.MODELS.path + "/" + id).then().statusCode(200);
        Api.viewer().get(Collection.MODELS.history(id)).then().statusCode(200)
                .body("items.action", equalTo(List.of("update", "update", "create")))
                .body("items[1].actor.subject", equalTo("test-editor"))
                .body("items[1].before.points", hasSize(0))
                .body("items[1].after.points[0].id", equalTo(point))
                .body("items[1].after.points[0].teams", equalTo(2))
                .body("items[0].before.statusHistory", hasSize(1))
                .body("items[0].after.statusHistory.status", equalTo(List.of("maintained", "dissolved")));
        // A point has no history of its own: its changes are its model's.
        Api.viewer().get(Collection.MODELS.history(point)).then().statusCode(404);
    }

    @Test
    void pagingWithLimitOneWalksEveryEventOnce() {
        Collection collection = Collection.ORGANIZATIONS;
        String tag = Fixtures.tag();
        Map<String, Object> body = collection.body(tag);
        String id = Fixtures.createOrganization(body);
        int updates = 3;
        for (int version = 0; version < updates; version++) {
            Map<String, Object> changed = new HashMap<>(body);
            changed.put("name", body.get("name") + " v" + (version + 1));
            Api.admin().header("If-Match", "\"" + version + "\"").body(changed).put(collection.path + "/" + id)
                    .then().statusCode(200);
        }
        JsonPath all = Api.viewer().get(collection.history(id)).then().statusCode(200).extract().jsonPath();
        List<String> expected = all.getList("items.id", String.class);
        assertThat(expected).hasSize(updates + 1);

        List<String> walked = new ArrayList<>();
        List<String> actions = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 10; page++) {
            var request = Api.viewer().queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var response = request.get(collection.history(id)).then().statusCode(200)
                    .body("items", hasSize(1)).body("limit", equalTo(1)).extract();
            walked.add(response.path("items[0].id"));
            actions.add(response.path("items[0].action"));
            cursor = response.path("nextCursor");
            if (cursor == null) {
                assertThat(response.header("Link")).isNull();
                break;
            }
            assertThat(response.header("Link")).contains("cursor=" + cursor).endsWith("rel=\"next\"");
            assertThat((String) response.path("next")).contains("cursor=" + cursor);
        }
        assertThat(walked).isEqualTo(expected);
        assertThat(actions).containsExactly("update", "update", "update", "create");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Collection.class)
    void unknownIdIs404(Collection collection) {
        Api.viewer().get(collection.history(UUID.randomUUID().toString())).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void historyOfAnIdFromAnotherCollectionIs404() {
        String organization = Fixtures.createOrganization(Fixtures.central("Tổ chức " + Fixtures.tag(), "other"));
        Api.viewer().get(Collection.PROGRAMS.history(organization)).then().statusCode(404);
        Api.viewer().get(Collection.AGREEMENTS.history(organization)).then().statusCode(404);
        Api.viewer().get(Collection.ORGANIZATIONS.history(organization)).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void historyNeedsAToken() {
        String id = Fixtures.createOrganization(Fixtures.central("Tổ chức " + Fixtures.tag(), "other"));
        Api.invalidRequest(null).get(Collection.ORGANIZATIONS.history(id)).then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", startsWith("Bearer"));
        Api.viewer().get(Collection.ORGANIZATIONS.history(id)).then().statusCode(200)
                .body("items[0].actor.subject", equalTo("test-admin"))
                .body("items[0].before", nullValue())
                .body("items[0].after", notNullValue());
    }

    @Test
    void auditEventsCannotBeChangedOrRemoved() throws SQLException {
        String id = Fixtures.createOrganization(Fixtures.central("Tổ chức " + Fixtures.tag(), "other"));
        // As a superuser, who has every privilege: the trigger still refuses (the service's role is refused
        // earlier, by its privileges; see LeastPrivilegeTest).
        try (Connection connection = TestDatabase.superuserOnTestDatabase(); Statement statement = connection.createStatement()) {
            String where = " where collection = 'organizations' and record_id = '" + id + "'";
            assertThatThrownBy(() -> statement.executeUpdate("update audit_event set actor_subject = 'someone-else'" + where))
                    .isInstanceOf(SQLException.class).hasMessageContaining("cannot be changed");
            assertThatThrownBy(() -> statement.executeUpdate("delete from audit_event" + where))
                    .isInstanceOf(SQLException.class).hasMessageContaining("cannot be changed");
            assertThatThrownBy(() -> statement.executeUpdate("truncate audit_event"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("cannot be changed");
            try (ResultSet rows = statement.executeQuery("select actor_subject from audit_event" + where)) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("test-admin");
                assertThat(rows.next()).isFalse();
            }
        }
        Api.viewer().get(Collection.ORGANIZATIONS.history(id)).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].actor.subject", equalTo("test-admin"));
    }

    /** Writes made outside the service are still recorded, attributed to the database role. */
    @Test
    void writesOutsideTheServiceAreAttributedToTheDatabaseRole() throws SQLException {
        String id = Fixtures.createOrganization(Fixtures.central("Tổ chức " + Fixtures.tag(), "other"));
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update organization set note = 'sửa trực tiếp' where id = '" + id + "'");
        }
        Api.viewer().get(Collection.ORGANIZATIONS.history(id)).then().statusCode(200)
                .body("items.action", equalTo(List.of("update", "create")))
                .body("items[0].actor.subject", startsWith("db:"))
                .body("items[0].actor.client", nullValue())
                .body("items[0].after.note", equalTo("sửa trực tiếp"));
    }

    private static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    private static String organization(String tag) {
        return Fixtures.createOrganization(Fixtures.central("Tổ chức " + tag + " " + Fixtures.tag(), "other"));
    }
}
