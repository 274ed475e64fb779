package vn.antq.document;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;
import vn.antq.support.Tokens;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** Documents as records, their files (type, size, storage, download, access) and the records that cite them. */
@QuarkusTest
class DocumentTest {

    static final String PATH = "/api/v1/documents";

    @Inject
    DataSource dataSource;

    /** A district document of Thọ Xuân (legacy district 395, Thanh Hóa). */
    static Map<String, Object> document(String number, String access, String issuerId) {
        Map<String, Object> body = new HashMap<>();
        body.put("number", number);
        body.put("kind", "decision");
        body.put("issuedOn", "2023-05-10");
        body.put("issuerIds", issuerId == null ? List.of() : List.of(issuerId));
        body.put("issuerName", issuerId == null ? "Ủy ban nhân dân huyện Thọ Xuân" : null);
        body.put("signer", Map.of("name", "Lê Văn Thuận", "title", "Phó Chủ tịch"));
        body.put("summary", "Về việc khen thưởng thành tích trong phong trào Toàn dân bảo vệ an ninh Tổ quốc " + number);
        body.put("level", "district");
        body.put("adminUnit", Fixtures.unit("legacy", "395"));
        body.put("access", access);
        return body;
    }

    static String create(Map<String, Object> body) {
        return Api.admin().body(body).post(PATH).then().statusCode(201).extract().path("id");
    }

    /** A one-page PDF with {@code text}, made with PDFBox. */
    static byte[] pdf(String text) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Response upload(String token, String documentId, String type, String filename, byte[] bytes) {
        return Api.as(token).contentType(type)
                .header("Content-Disposition", FileNames.attachment(filename))
                .body(bytes).post(PATH + "/" + documentId + "/files");
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void aDocumentIsARecordWrittenWithinItsAreaAndFoundWithoutAccents() {
        String tag = Fixtures.tag();
        Map<String, Object> body = document(tag + "/QĐ-UBND", "internal", null);
        body.put("summary", "Về việc khen thưởng tập thể Thọ Xuân " + tag);
        Api.as(Tokens.editor("01")).body(body).post(PATH).then().statusCode(403);
        Response created = Api.as(Tokens.editor("38")).body(body).post(PATH).then().statusCode(201)
                .body("number", equalTo(tag + "/QĐ-UBND"))
                .body("issuerName", equalTo("Ủy ban nhân dân huyện Thọ Xuân"))
                .body("signer.title", equalTo("Phó Chủ tịch"))
                .body("adminUnit.fullName", equalTo("Huyện Thọ Xuân"))
                .body("files", hasSize(0))
                .extract().response();
        String id = created.path("id");
        Api.viewer().queryParam("q", "tho xuan " + tag).get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));
        Api.viewer().queryParam("number", tag + "/QĐ-UBND").get(PATH).then().statusCode(200).body("items", hasSize(1));
        Api.viewer().queryParam("access", "internal").queryParam("q", tag).get(PATH).then().statusCode(200).body("items", hasSize(1));
        Api.viewer().queryParam("access", "public").queryParam("q", tag).get(PATH).then().statusCode(200).body("items", hasSize(0));
        // Merge patch under If-Match; a stale one is refused.
        Api.as(Tokens.editor("38")).contentType("application/merge-patch+json").header("If-Match", created.header("ETag"))
                .body(Map.of("access", "restricted")).patch(PATH + "/" + id).then().statusCode(200)
                .body("access", equalTo("restricted")).header("ETag", equalTo("\"1\""));
        Api.admin().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("access", "public")).patch(PATH + "/" + id).then().statusCode(412);
        Api.viewer().get(PATH + "/" + id + "/history").then().statusCode(200).body("items", hasSize(2));
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        Map<String, Object> body = document("", "secret", null);
        body.put("issuerName", null);
        body.put("level", "village");
        Api.invalidRequest(Tokens.admin()).body(body).post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("number"))
                .body("errors.field", hasItem("access"));
        Map<String, Object> noIssuer = document(Fixtures.tag() + "/QĐ", "public", null);
        noIssuer.put("issuerName", null);
        noIssuer.put("level", "village");
        Api.admin().body(noIssuer).post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("issuerIds"))
                .body("errors.field", hasItem("level"));
    }

    @Test
    void aPdfDownloadsByteForByteWithItsHashAsETagAndRanges() throws Exception {
        String id = create(document(Fixtures.tag() + "/QĐ-UBND", "internal", null));
        byte[] pdf = pdf("Quyet dinh khen thuong " + Fixtures.tag());
        String name = "Quyết định khen thưởng Thọ Xuân.pdf";
        Response added = upload(Tokens.editor("38"), id, "application/pdf", name, pdf).then().statusCode(201)
                .body("filename", equalTo(name))
                .body("mediaType", equalTo("application/pdf"))
                .body("size", equalTo(pdf.length))
                .body("sha256", equalTo(sha256(pdf)))
                .extract().response();
        String content = added.header("Location");
        assertThat(content).endsWith(PATH + "/" + id + "/files/" + added.path("id") + "/content");
        Response whole = Api.viewer().get(content).then().statusCode(200)
                .header("ETag", equalTo("\"" + sha256(pdf) + "\""))
                .header("Content-Type", equalTo("application/pdf"))
                .header("Cache-Control", equalTo("private, no-cache"))
                .header("Accept-Ranges", equalTo("bytes"))
                .header("Content-Disposition", containsString("filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh"))
                .extract().response();
        assertThat(whole.asByteArray()).isEqualTo(pdf);
        byte[] part = Api.viewer().header("Range", "bytes=5-104").get(content).then().statusCode(206)
                .header("Content-Range", equalTo("bytes 5-104/" + pdf.length))
                .extract().asByteArray();
        assertThat(part).isEqualTo(Arrays.copyOfRange(pdf, 5, 105));
        byte[] tail = Api.viewer().header("Range", "bytes=-10").get(content).then().statusCode(206).extract().asByteArray();
        assertThat(tail).isEqualTo(Arrays.copyOfRange(pdf, pdf.length - 10, pdf.length));
        Api.viewer().header("Range", "bytes=" + pdf.length + "-").get(content).then().statusCode(416)
                .header("Content-Range", equalTo("bytes */" + pdf.length));
        Api.viewer().header("If-None-Match", "\"" + sha256(pdf) + "\"").get(content).then().statusCode(304);
        Api.viewer().header("Range", "bytes=0-9").header("If-Range", "\"other\"").get(content).then().statusCode(200);
        // The document lists it and its version moved on.
        Api.viewer().get(PATH + "/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("files[0].sha256", equalTo(sha256(pdf)));
    }

    @Test
    void aLargerFileSpansChunksAndIdenticalContentIsKeptOnce() throws Exception {
        String first = create(document(Fixtures.tag() + "/QĐ", "internal", null));
        String second = create(document(Fixtures.tag() + "/QĐ", "internal", null));
        // A PNG of 2.5 MiB: a valid signature, then bytes of its own.
        byte[] png = new byte[(5 << 20) / 2];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(signature, 0, png, 0, signature.length);
        for (int i = signature.length; i < png.length; i++) {
            png[i] = (byte) (i * 31 + Fixtures.tag().length());
        }
        String sha = sha256(png);
        String file = upload(Tokens.admin(), first, "image/png", "scan.png", png).then().statusCode(201).extract().path("id");
        upload(Tokens.admin(), second, "image/png", "scan-again.png", png).then().statusCode(201);
        assertThat(count("select count(*) from file_content where sha256 = '" + sha + "'")).isEqualTo(1);
        assertThat(count("select count(*) from file_chunk c join file_content f on f.id = c.content_id where f.sha256 = '" + sha + "'"))
                .isEqualTo(3);
        String content = PATH + "/" + first + "/files/" + file + "/content";
        assertThat(Api.viewer().get(content).then().statusCode(200).extract().asByteArray()).isEqualTo(png);
        // A range across the boundary of two chunks.
        int from = (1 << 20) - 7;
        assertThat(Api.viewer().header("Range", "bytes=" + from + "-" + (from + 20)).get(content).then().statusCode(206)
                .extract().asByteArray()).isEqualTo(Arrays.copyOfRange(png, from, from + 21));
    }

    @Test
    void htmlSentAsPdfIsRefusedAndNothingIsStored() throws Exception {
        String id = create(document(Fixtures.tag() + "/QĐ", "internal", null));
        byte[] html = ("<!DOCTYPE html><html><head><title>x</title></head><body>" + Fixtures.tag() + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        long contents = count("select count(*) from file_content");
        upload(Tokens.admin(), id, "application/pdf", "quyet-dinh.pdf", html).then().statusCode(415)
                .body("type", equalTo("urn:antq:problem:unsupported-file"))
                .body("detail", containsString("text/html"));
        Api.invalidRequest(Tokens.admin()).contentType("text/html").header("Content-Disposition", "attachment; filename=\"a.html\"")
                .body(html).post(PATH + "/" + id + "/files").then().statusCode(415);
        // A PNG declared as a JPEG is a mismatch too.
        upload(Tokens.admin(), id, "image/jpeg", "a.jpg", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0})
                .then().statusCode(415);
        assertThat(count("select count(*) from file_content")).isEqualTo(contents);
        assertThat(count("select count(*) from document_file where document_id = '" + id + "'")).isZero();
        Api.viewer().get(PATH + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\"")).body("files", hasSize(0));
    }

    @Test
    void aFileMustBeNamed() {
        String id = create(document(Fixtures.tag() + "/QĐ", "internal", null));
        Api.invalidRequest(Tokens.admin()).contentType("application/pdf").body(pdf("x"))
                .post(PATH + "/" + id + "/files").then().statusCode(400);
    }

    @Test
    void filesAreReadAsTheDocumentsAccessSays() {
        byte[] pdf = pdf("Access " + Fixtures.tag());
        Map<String, String> files = new HashMap<>();
        for (String access : List.of("public", "internal", "restricted")) {
            String id = create(document(Fixtures.tag() + "/QĐ", access, null));
            String file = upload(Tokens.admin(), id, "application/pdf", access + ".pdf", pdf).then().statusCode(201).extract().path("id");
            files.put(access, PATH + "/" + id + "/files/" + file + "/content");
        }
        // Public: anyone, and caches may keep it.
        Api.anonymous().get(files.get("public")).then().statusCode(200).header("Cache-Control", equalTo("public, max-age=3600"));
        Api.anonymous().get(files.get("public").replace("/content", "").replaceAll("/files/.*", "/files")).then().statusCode(200)
                .body("items", hasSize(1));
        // Internal: any role.
        Api.invalidRequest(null).get(files.get("internal")).then().statusCode(401);
        Api.viewer().get(files.get("internal")).then().statusCode(200);
        // Restricted: an editor of its area, or an admin.
        Api.invalidRequest(null).get(files.get("restricted")).then().statusCode(401);
        Api.viewer().get(files.get("restricted")).then().statusCode(403);
        Api.as(Tokens.editor("01")).get(files.get("restricted")).then().statusCode(403);
        Api.viewer().get(files.get("restricted").replaceAll("/files/.*", "/files")).then().statusCode(403);
        Api.as(Tokens.editor("38")).get(files.get("restricted")).then().statusCode(200);
        Api.admin().get(files.get("restricted")).then().statusCode(200);
    }

    @Test
    void onlyEditorsOfTheAreaAddAndRemoveFilesAndRemovedOnesStayInTheHistory() {
        String id = create(document(Fixtures.tag() + "/QĐ", "internal", null));
        byte[] pdf = pdf("Remove " + Fixtures.tag());
        upload(Tokens.viewer(), id, "application/pdf", "a.pdf", pdf).then().statusCode(403);
        upload(Tokens.editor("01"), id, "application/pdf", "a.pdf", pdf).then().statusCode(403);
        String file = upload(Tokens.editor("38"), id, "application/pdf", "a.pdf", pdf).then().statusCode(201).extract().path("id");
        String path = PATH + "/" + id + "/files/" + file;
        Api.as(Tokens.editor("38")).header("If-Match", "\"0\"").delete(path).then().statusCode(412);
        Api.as(Tokens.editor("01")).header("If-Match", "\"1\"").delete(path).then().statusCode(403);
        Api.as(Tokens.editor("38")).header("If-Match", "\"1\"").delete(path).then().statusCode(204);
        Api.viewer().get(path + "/content").then().statusCode(404);
        Api.viewer().get(PATH + "/" + id + "/files").then().statusCode(200).body("items", hasSize(0));
        Api.viewer().get(PATH + "/" + id + "/history").then().statusCode(200)
                .body("items.findAll { it.after != null && it.after.files.any { f -> f.filename == 'a.pdf' && f.deletedAt != null } }",
                        hasSize(1));
    }

    @Test
    void aProgramCitesItsDocumentWhichListsItAndIsNotDeletedUnderIt() {
        String tag = Fixtures.tag();
        String ministry = Fixtures.createOrganization(Fixtures.central("Bộ Công an " + tag, "police"));
        Map<String, Object> body = document(tag + "/CTr-BCA-MTTW", "public", ministry);
        body.put("kind", "program");
        body.put("level", "central");
        body.put("adminUnit", null);
        String document = create(body);
        Api.viewer().queryParam("q", "bo cong an " + tag).get(PATH).then().statusCode(200).body("items.id", equalTo(List.of(document)));
        Api.viewer().queryParam("issuerId", ministry).get(PATH).then().statusCode(200).body("items.id", equalTo(List.of(document)));
        Map<String, Object> program = Fixtures.program("CT-" + tag, List.of(ministry));
        program.put("documentIds", List.of(document, document));
        Api.admin().body(program).post("/api/v1/programs").then().statusCode(400).body("errors.field", hasItem("documentIds"));
        program.put("documentIds", List.of("00000000-0000-4000-8000-000000000000"));
        Api.admin().body(program).post("/api/v1/programs").then().statusCode(400).body("errors.field", hasItem("documentIds[0]"));
        program.put("documentIds", List.of(document));
        String programId = Fixtures.createProgram(program);
        Api.viewer().get("/api/v1/programs/" + programId).then().statusCode(200).body("documentIds", equalTo(List.of(document)));
        Api.viewer().get(PATH + "/" + document + "/citations").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].collection", equalTo("programs"))
                .body("items[0].id", equalTo(programId));
        Api.admin().header("If-Match", "\"0\"").delete(PATH + "/" + document).then().statusCode(409)
                .body("detail", containsString("CT-" + tag));
        // The organization that issued it is not deleted under it either.
        Api.admin().header("If-Match", "\"0\"").delete("/api/v1/organizations/" + ministry).then().statusCode(409);
        // Once the program no longer cites it, it may go.
        Api.admin().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("documentIds", List.of())).patch("/api/v1/programs/" + programId).then().statusCode(200);
        Api.viewer().get(PATH + "/" + document + "/citations").then().statusCode(200).body("items", hasSize(0));
        Api.admin().header("If-Match", "\"0\"").delete(PATH + "/" + document).then().statusCode(204);
        Api.viewer().get(PATH + "/" + document + "/citations").then().statusCode(404);
    }
}
