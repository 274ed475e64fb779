package vn.antq.award;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;
import vn.antq.support.Tokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class AwardResourceTest {

    private static final String PATH = "/api/v1/awards";

    /** A district People's Committee of the legacy Thọ Xuân district, to issue decisions. */
    private static String committee(String tag) {
        Map<String, Object> body = Fixtures.districtPolice("Ủy ban nhân dân huyện Thọ Xuân " + tag);
        body.put("type", "peoples_committee");
        body.put("activeTo", "2025-06-30");
        return Fixtures.createOrganization(body);
    }

    private static String ministry(String tag) {
        return Fixtures.createOrganization(Fixtures.central("Bộ Công an " + tag, "police"));
    }

    private static Map<String, Object> medal(String number, String issuer, List<Map<String, Object>> recipients) {
        Map<String, Object> body = Fixtures.award(number, issuer, recipients);
        body.put("form", "commemorative_medal");
        body.put("occasion", Fixtures.occasion("festival", null, 2022));
        body.put("signedOn", "2022-08-19");
        return body;
    }

    @Test
    void createsADecisionWithItsRecipientsAndCountsThemInLists() {
        String tag = Fixtures.tag();
        String issuer = committee(tag);
        String police = Fixtures.createOrganization(Fixtures.districtPolice("Công an huyện Thọ Xuân " + tag));
        Map<String, Object> named = new HashMap<>();
        named.put("kind", "collective");
        named.put("name", "Tổ tự quản thôn Xuân Lai " + tag);
        Map<String, Object> body = Fixtures.award("245/QĐ-UBND-" + tag, issuer,
                List.of(Fixtures.collective(police), named, Fixtures.individual("Lê Thị Hoà " + tag, "1978-04-12")));
        String id = Api.as(Tokens.editor("38")).body(body).post(PATH).then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("valid"))
                .body("annulment", nullValue())
                .body("issuer.name", equalTo("Ủy ban nhân dân huyện Thọ Xuân " + tag))
                .body("recipients.kind", equalTo(List.of("collective", "collective", "individual")))
                .body("recipients[0].name", equalTo("Công an huyện Thọ Xuân " + tag))
                .body("recipients[2].position", equalTo("Tổ trưởng tổ tự quản"))
                .body("recipients[2].gender", equalTo("female"))
                .extract().path("id");
        Api.viewer().header("If-None-Match", "\"0\"").get(PATH + "/" + id).then().statusCode(304);
        Api.viewer().queryParam("q", tag).get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of(id)))
                .body("items[0].collectives", equalTo(2))
                .body("items[0].individuals", equalTo(1))
                .body("items[0].issuer.name", equalTo("Ủy ban nhân dân huyện Thọ Xuân " + tag));
    }

    @Test
    void listsFilterByIssuerFormYearOccasionRecipientAndStatus() {
        String tag = Fixtures.tag();
        String issuer = committee(tag);
        String otherIssuer = committee(tag + "b");
        String police = Fixtures.createOrganization(Fixtures.districtPolice("Công an huyện Thọ Xuân " + tag));
        String program = Fixtures.createProgram(Fixtures.program("09-" + tag, List.of(ministry(tag))));

        Map<String, Object> review = Fixtures.award("A-" + tag, issuer,
                List.of(Fixtures.collective(police), Fixtures.individual("Nguyễn Thị Lan " + tag, "1980-01-01")));
        review.put("occasion", Fixtures.occasion("review_conference", program, null));
        String a = Fixtures.createAward(review);
        Map<String, Object> older = Fixtures.award("B-" + tag, otherIssuer, List.of(Fixtures.individual("Phạm Văn Đức " + tag, "1975-02-03")));
        older.put("signedOn", "2018-11-29");
        older.put("occasion", Fixtures.occasion("annual_movement", null, 2018));
        String b = Fixtures.createAward(older);
        Map<String, Object> director = Fixtures.award("C-" + tag, issuer, List.of(Fixtures.collective(police)));
        director.put("form", "police_director_commendation");
        director.put("occasion", Fixtures.occasion("program", program, null));
        String c = Fixtures.createAward(director);

        list(Map.of("issuerId", issuer), tag).body("items.id", containsInAnyOrder(a, c));
        list(Map.of("form", "police_director_commendation"), tag).body("items.id", equalTo(List.of(c)));
        list(Map.of("year", "2018"), tag).body("items.id", equalTo(List.of(b)));
        list(Map.of("year", "2023"), tag).body("items.id", containsInAnyOrder(a, c));
        list(Map.of("occasion", "review_conference"), tag).body("items.id", equalTo(List.of(a)));
        list(Map.of("programId", program), tag).body("items.id", containsInAnyOrder(a, c));
        list(Map.of("recipientOrganizationId", police), tag).body("items.id", containsInAnyOrder(a, c));
        // Recipient names are searched without case or diacritics.
        list(Map.of("recipientName", "pham van duc " + tag), null).body("items.id", equalTo(List.of(b)));
        list(Map.of("recipientName", "NGUYỄN THỊ LAN " + tag.toUpperCase()), null).body("items.id", equalTo(List.of(a)));
        list(Map.of("sort", "-signedOn", "issuerId", issuer), tag).body("items", hasSize(2));
        list(Map.of("sort", "signedOn"), tag).body("items[0].id", equalTo(b));

        Api.admin().header("If-Match", "\"0\"").body(annulment("2023-06-01")).post(PATH + "/" + c + "/annulment").then().statusCode(200);
        list(Map.of("status", "annulled"), tag).body("items.id", equalTo(List.of(c)));
        list(Map.of("status", "valid"), tag).body("items.id", containsInAnyOrder(a, b));

        Api.invalidRequest(Tokens.viewer()).queryParam("year", "1800").queryParam("form", "bang_khen")
                .queryParam("recipientOrganizationId", "x").get(PATH).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("year", "form", "recipientOrganizationId"));
    }

    @Test
    void aDecisionNumberIsUniquePerIssuer() {
        String tag = Fixtures.tag();
        String issuer = committee(tag);
        String other = committee(tag + "b");
        String number = "12/QĐ-UBND-" + tag;
        String first = Fixtures.createAward(Fixtures.award(number, issuer, List.of(Fixtures.individual("Lê Văn An " + tag, null))));
        Api.admin().body(Fixtures.award(" " + number + " ", issuer, List.of(Fixtures.individual("Lê Văn Bình " + tag, null))))
                .post(PATH).then().statusCode(409).body("detail", containsString(number)).body("detail", containsString(first));
        // Another issuer may use the same number.
        Fixtures.createAward(Fixtures.award(number, other, List.of(Fixtures.individual("Lê Văn Bình " + tag, null))));
        // Replacing a decision keeps its own number; taking another's is refused.
        String second = Fixtures.createAward(Fixtures.award("13/QĐ-UBND-" + tag, issuer, List.of(Fixtures.individual("Lê Văn Cường " + tag, null))));
        Api.admin().header("If-Match", "\"0\"").body(Fixtures.award(number, issuer, List.of(Fixtures.individual("Lê Văn Cường " + tag, null))))
                .put(PATH + "/" + second).then().statusCode(409);
        Api.admin().header("If-Match", "\"0\"").body(Fixtures.award(number, issuer, List.of(Fixtures.individual("Lê Văn An " + tag, null))))
                .put(PATH + "/" + first).then().statusCode(200);
        // A deleted decision frees its number.
        Api.admin().header("If-Match", "\"1\"").delete(PATH + "/" + first).then().statusCode(204);
        Fixtures.createAward(Fixtures.award(number, issuer, List.of(Fixtures.individual("Lê Văn Dũng " + tag, null))));
    }

    @Test
    void aRecipientAppearsOncePerDecision() {
        String tag = Fixtures.tag();
        String issuer = committee(tag);
        String police = Fixtures.createOrganization(Fixtures.districtPolice("Công an huyện " + tag));
        Api.admin().body(Fixtures.award("D1-" + tag, issuer, List.of(Fixtures.collective(police), Fixtures.collective(police))))
                .post(PATH).then().statusCode(400).body("errors.field", equalTo(List.of("recipients[1]")))
                .body("errors[0].message", containsString("recipients[0]"));
        // The same person written with other case or diacritics is the same recipient.
        Api.admin().body(Fixtures.award("D2-" + tag, issuer, List.of(Fixtures.individual("Trần Thị Hòa " + tag, "1980-05-05"),
                        Fixtures.individual("TRAN THI HOA " + tag.toUpperCase(), "1980-05-05"))))
                .post(PATH).then().statusCode(400).body("errors.field", equalTo(List.of("recipients[1]")));
        // Namesakes born on other days are other people.
        Fixtures.createAward(Fixtures.award("D3-" + tag, issuer, List.of(Fixtures.individual("Trần Thị Hòa " + tag, "1980-05-05"),
                Fixtures.individual("Trần Thị Hòa " + tag, "1991-07-07"))));
        Api.viewer().queryParam("q", "D1-" + tag).get(PATH).then().body("items", hasSize(0));
    }

    @Test
    void theCommemorativeMedalGoesToAPersonOnce() {
        String tag = Fixtures.tag();
        String ministry = ministry(tag);
        String name = "Nguyễn Văn Hòa " + tag;
        String first = Fixtures.createAward(medal("4346/QĐ-BCA-" + tag, ministry, List.of(Fixtures.individual(name, "1960-03-04"))));
        // The same person, written without diacritics, in a later decision: refused, naming the earlier one.
        Api.admin().body(medal("5000/QĐ-BCA-" + tag, ministry, List.of(Fixtures.individual("nguyen van hoa " + tag, "1960-03-04"))))
                .post(PATH).then().statusCode(409)
                .body("detail", containsString("4346/QĐ-BCA-" + tag))
                .body("detail", containsString(first));
        // A namesake born on another day may receive it.
        Fixtures.createAward(medal("5001/QĐ-BCA-" + tag, ministry, List.of(Fixtures.individual(name, "1970-03-04"))));
        // Replacing the first decision does not count it against itself.
        Api.admin().header("If-Match", "\"0\"").body(medal("4346/QĐ-BCA-" + tag, ministry, List.of(Fixtures.individual(name, "1960-03-04"))))
                .put(PATH + "/" + first).then().statusCode(200);
        // Other forms of award are not limited.
        Fixtures.createAward(Fixtures.award("GK-" + tag, committee(tag), List.of(Fixtures.individual(name, "1960-03-04"))));
        // Once the first medal is annulled, the person may receive it again.
        Api.admin().header("If-Match", "\"1\"").body(annulment("2023-01-05")).post(PATH + "/" + first + "/annulment").then().statusCode(200);
        Fixtures.createAward(medal("5002/QĐ-BCA-" + tag, ministry, List.of(Fixtures.individual(name, "1960-03-04"))));
    }

    @Test
    void theMedalNeedsIdentifiableIndividuals() {
        String tag = Fixtures.tag();
        String ministry = ministry(tag);
        String police = Fixtures.createOrganization(Fixtures.districtPolice("Công an " + tag));
        Api.admin().body(medal("M-" + tag, ministry, List.of(Fixtures.individual("Đỗ Văn Nam " + tag, null), Fixtures.collective(police))))
                .post(PATH).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("recipients[0].birthDate", "recipients[1].kind"));
    }

    @Test
    void recipientsAndOccasionsAreWellFormed() {
        String tag = Fixtures.tag();
        String issuer = committee(tag);
        Map<String, Object> person = Fixtures.individual("Vũ Thị Mai " + tag, null);
        person.put("organizationId", issuer);
        Map<String, Object> collective = new HashMap<>();
        collective.put("kind", "collective");
        collective.put("gender", "male");
        Map<String, Object> body = Fixtures.award("W-" + tag, "0b5c1b5e-7d1a-4b53-9f1e-3f0c1d2e3a4b", List.of(person, collective));
        body.put("occasion", Fixtures.occasion("program", null, null));
        Api.admin().body(body).post(PATH).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("issuerId", "occasion.programId", "recipients[0].organizationId",
                        "recipients[1].name", "recipients[1].gender"));
        Map<String, Object> festival = Fixtures.award("F-" + tag, issuer, List.of(Fixtures.individual("Vũ Thị Mai " + tag, null)));
        festival.put("occasion", Fixtures.occasion("festival", null, null));
        Api.admin().body(festival).post(PATH).then().statusCode(400).body("errors.field", equalTo(List.of("occasion.year")));
        festival.put("recipients", List.of());
        Api.invalidRequest(Tokens.admin()).body(festival).post(PATH).then().statusCode(400).body("errors.field", hasItem("recipients"));
    }

    @Test
    void annulmentFlagsTheDecisionWhichStaysReadable() {
        String tag = Fixtures.tag();
        String issuer = committee(tag);
        Map<String, Object> body = Fixtures.award("H-" + tag, issuer, List.of(Fixtures.individual("Hoàng Văn Sơn " + tag, null)));
        String id = Fixtures.createAward(body);
        String annul = PATH + "/" + id + "/annulment";
        Api.invalidRequest(Tokens.admin()).body(annulment("2023-06-01")).post(annul).then().statusCode(428);
        Api.admin().header("If-Match", "\"5\"").body(annulment("2023-06-01")).post(annul).then().statusCode(412);
        Api.admin().header("If-Match", "\"0\"").body(annulment("2023-01-01")).post(annul).then().statusCode(400)
                .body("errors.field", equalTo(List.of("decidedOn")));
        Map<String, Object> blank = new HashMap<>(annulment("2023-06-01"));
        blank.put("reason", " ");
        Api.invalidRequest(Tokens.admin()).header("If-Match", "\"0\"").body(blank).post(annul).then().statusCode(400)
                .body("errors.field", equalTo(List.of("reason")));

        Api.as(Tokens.editor("38")).header("If-Match", "\"0\"").body(annulment("2023-06-01")).post(annul).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("annulled"))
                .body("annulment.decisionNumber", equalTo("15/QĐ-UBND"))
                .body("annulment.decidedOn", equalTo("2023-06-01"))
                .body("recipients", hasSize(1));
        Api.viewer().get(PATH + "/" + id).then().statusCode(200).body("status", equalTo("annulled"))
                .body("annulment.reason", containsString("không đủ tiêu chuẩn"));
        Api.admin().header("If-Match", "\"1\"").body(annulment("2023-06-02")).post(annul).then().statusCode(409)
                .body("detail", containsString("already annulled"));
        Api.admin().header("If-Match", "\"1\"").body(body).put(PATH + "/" + id).then().statusCode(409);
        Api.viewer().get(PATH + "/" + id).then().header("ETag", equalTo("\"1\"")).body("annulment.decidedOn", equalTo("2023-06-01"));
        Api.admin().header("If-Match", "\"1\"").delete(PATH + "/" + id).then().statusCode(204);
        Api.admin().header("If-Match", "\"1\"").body(annulment("2023-06-02")).post(annul).then().statusCode(404);
    }

    @Test
    void organizationsAndProgramsOfADecisionAreNotDeleted() {
        String tag = Fixtures.tag();
        String issuer = committee(tag);
        String police = Fixtures.createOrganization(Fixtures.districtPolice("Công an huyện " + tag));
        String program = Fixtures.createProgram(Fixtures.program("P-" + tag, List.of(ministry(tag))));
        Map<String, Object> body = Fixtures.award("R-" + tag, issuer, List.of(Fixtures.collective(police)));
        body.put("occasion", Fixtures.occasion("program", program, null));
        String id = Fixtures.createAward(body);
        for (String referred : List.of("/api/v1/organizations/" + issuer, "/api/v1/organizations/" + police, "/api/v1/programs/" + program)) {
            Api.admin().header("If-Match", "\"0\"").delete(referred).then().statusCode(409).body("detail", containsString("R-" + tag));
        }
        Api.admin().header("If-Match", "\"0\"").delete(PATH + "/" + id).then().statusCode(204);
        Api.viewer().get(PATH + "/" + id).then().statusCode(404);
        Api.admin().header("If-Match", "\"0\"").delete("/api/v1/organizations/" + police).then().statusCode(204);
    }

    static Map<String, Object> annulment(String decidedOn) {
        return Map.of("decisionNumber", "15/QĐ-UBND", "decidedOn", decidedOn,
                "reason", "Cá nhân được đề nghị khen thưởng không đủ tiêu chuẩn theo kết quả kiểm tra.");
    }

    private static io.restassured.response.ValidatableResponse list(Map<String, String> params, String tag) {
        var request = Api.viewer();
        if (tag != null) {
            request.queryParam("q", tag);
        }
        params.forEach(request::queryParam);
        return request.get(PATH).then().statusCode(200);
    }
}
