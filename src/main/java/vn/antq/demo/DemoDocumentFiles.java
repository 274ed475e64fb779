package vn.antq.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jboss.logging.Logger;
import vn.antq.document.FileStore;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Gives each demo document (db/demo/documents.sql) that has no file one small PDF, generated with PDFBox and
 * marked as an illustration, so that a newcomer can download one. Runs after {@link DemoData} (a higher
 * priority number) and only when the demo is loaded; a document that has a file is left alone.
 */
@ApplicationScoped
public class DemoDocumentFiles {

    private static final Logger LOG = Logger.getLogger(DemoDocumentFiles.class);
    /** The demo documents: their ids all start so. */
    private static final String DEMO_IDS = "f4000000-0000-4000-8000-%";

    @Inject
    vn.antq.shared.config.AntqConfig config;
    @Inject
    EntityManager em;
    @Inject
    FileStore store;

    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 900) StartupEvent event) {
        if (!config.demoData().enabled()) {
            return;
        }
        int added = QuarkusTransaction.requiringNew().call(this::addMissing);
        if (added > 0) {
            LOG.infof("Demo documents: %d illustrative PDF files generated", added);
        }
    }

    private int addMissing() {
        em.createNativeQuery("select set_config('antq.actor_subject', 'demo-data', true)").getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> documents = em.createNativeQuery("""
                select d.id, d.number, d.issued_on, d.summary, coalesce(d.issuer_name, d.issuer_text, '')
                  from document d
                 where d.id::text like :ids and d.deleted_at is null
                   and not exists (select 1 from document_file f where f.document_id = d.id)
                 order by d.id""").setParameter("ids", DEMO_IDS).getResultList();
        for (Object[] d : documents) {
            UUID id = (UUID) d[0];
            String number = (String) d[1];
            byte[] pdf = illustration(number, d[2].toString(), (String) d[3], (String) d[4]);
            try {
                FileStore.Stored stored = store.store(new ByteArrayInputStream(pdf), pdf.length, (data, length) -> { });
                em.createNativeQuery("""
                        insert into document_file (id, document_id, content_id, filename, media_type, size, sha256, created_at, created_by)
                        values (:id, :document, :content, :name, 'application/pdf', :size, :sha, :at, 'demo-data')""")
                        .setParameter("id", UUID.randomUUID())
                        .setParameter("document", id)
                        .setParameter("content", stored.contentId())
                        .setParameter("name", number.replaceAll("[/\\\\]", "-") + " (minh họa).pdf")
                        .setParameter("size", stored.size())
                        .setParameter("sha", stored.sha256())
                        .setParameter("at", Instant.now().truncatedTo(ChronoUnit.MICROS))
                        .executeUpdate();
                em.createNativeQuery("update document set version = version + 1, updated_at = now() where id = :id")
                        .setParameter("id", id).executeUpdate();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return documents.size();
    }

    /**
     * A one-page A4 PDF that says what the document is and that it is an illustration, not the signed original.
     * The standard fonts have no Vietnamese letters, so the text is written without its diacritics.
     */
    static byte[] illustration(String number, String issuedOn, String summary, String issuer) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font plain = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                text.beginText();
                text.setFont(bold, 14);
                text.setLeading(18);
                text.newLineAtOffset(60, 780);
                text.showText("BAN MINH HOA / ILLUSTRATION - not the signed original");
                text.newLine();
                text.newLine();
                text.setFont(bold, 12);
                text.showText(ascii("So, ky hieu: " + number));
                text.newLine();
                text.setFont(plain, 11);
                text.showText(ascii("Ngay ban hanh: " + LocalDate.parse(issuedOn)));
                text.newLine();
                for (String line : wrap(ascii("Co quan ban hanh: " + issuer), 90)) {
                    text.showText(line);
                    text.newLine();
                }
                text.newLine();
                for (String line : wrap(ascii("Trich yeu: " + summary), 90)) {
                    text.showText(line);
                    text.newLine();
                }
                text.newLine();
                for (String line : wrap("Generated for the ANTQ registry demo: a stand-in for the scan of the document,"
                        + " which the demo's sources do not include.", 90)) {
                    text.showText(line);
                    text.newLine();
                }
                text.endText();
            }
            pdf.getDocumentInformation().setTitle(ascii(number) + " (illustration)");
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Vietnamese without diacritics, and only what the standard fonts can show. */
    static String ascii(String text) {
        String plain = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.replace('“', '"').replace('”', '"').replace('–', '-').replaceAll("[^\\x20-\\x7e]", "?");
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > width && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines.size() > 40 ? lines.subList(0, 40) : lines;
    }
}
