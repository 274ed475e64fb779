package vn.antq.document;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitLabel;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitRef;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.Level;
import vn.antq.adminunit.UnitRequest;
import vn.antq.record.RecordView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The document shapes of the API. */
public final class DocumentDtos {

    private DocumentDtos() {
    }

    /** What a list is filtered by; each filter applies when set. */
    public record DocumentFilter(AdminUnitKey unit, DocumentKind kind, Level level, DocumentAccess access,
                                 LocalDate issuedFrom, LocalDate issuedTo, UUID issuerId, String number, String q) {
    }

    /** Who signed the document: a name and a title (chức vụ). */
    public record Signer(@NotBlank @Size(max = 200) String name, @Size(max = 200) String title) {
    }

    /** Body of create and full replace. */
    public record DocumentRequest(
            @NotBlank @Size(max = 60) @Pattern(regexp = "[^\\u0000-\\u001f]*", message = "must not hold control characters") String number,
            @NotNull DocumentKind kind,
            @NotNull LocalDate issuedOn,
            @Size(max = 10) List<@NotNull UUID> issuerIds,
            @Size(max = 300) String issuerName,
            @Valid Signer signer,
            @NotBlank @Size(max = 2000) String summary,
            @NotNull Level level,
            @Valid AdminUnitRef adminUnit,
            @NotNull DocumentAccess access) implements UnitRequest {
    }

    public record Issuer(UUID organizationId, String name) {
    }

    /** A file of a document as the API shows it. */
    public record FileView(UUID id, String filename, String mediaType, long size, String sha256, Instant createdAt) {
    }

    public record DocumentView(UUID id, String number, DocumentKind kind, LocalDate issuedOn, List<Issuer> issuers,
                               String issuerName, Signer signer, String summary, Level level, AdminUnitLabel adminUnit,
                               DocumentAccess access, List<FileView> files, Instant createdAt,
                               Instant updatedAt) implements RecordView {
    }

    /** A list item: the document without its issuers' names, signer and files. */
    public record DocumentSummary(UUID id, String number, DocumentKind kind, LocalDate issuedOn, String issuerName,
                                  String summary, Level level, AdminUnitLabel adminUnit, DocumentAccess access,
                                  Instant createdAt, Instant updatedAt) {

        /** Constructor for the list query, which selects the unit's columns flat. */
        public DocumentSummary(UUID id, String number, DocumentKind kind, LocalDate issuedOn, String issuerName,
                               String summary, Level level, String unitEra, String unitCode, String unitLevel,
                               String unitFullName, DocumentAccess access, Instant createdAt, Instant updatedAt) {
            this(id, number, kind, issuedOn, issuerName, summary, level,
                    AdminUnitLabel.orNull(unitEra, unitCode, unitLevel, unitFullName), access, createdAt, updatedAt);
        }
    }

    /** A live record that cites a document: its collection, id and a label to show. */
    public record Citation(String collection, UUID id, String label) {
    }

    public record CitationList(List<Citation> items) {
    }

    public record FileList(List<FileView> items) {
    }
}
