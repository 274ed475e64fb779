package vn.antq.document;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.antq.adminunit.AdminUnitService;
import vn.antq.adminunit.Level;
import vn.antq.document.DocumentDtos.Citation;
import vn.antq.document.DocumentDtos.DocumentFilter;
import vn.antq.document.DocumentDtos.DocumentRequest;
import vn.antq.document.DocumentDtos.DocumentSummary;
import vn.antq.document.DocumentDtos.DocumentView;
import vn.antq.document.DocumentDtos.FileView;
import vn.antq.document.DocumentDtos.Issuer;
import vn.antq.document.DocumentDtos.Signer;
import vn.antq.organization.OrganizationService;
import vn.antq.record.RecordService;
import vn.antq.shared.error.ApiProblem;
import vn.antq.shared.error.Violations;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;
import vn.antq.shared.paging.SortKey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Documents (văn bản): their metadata, issuers and files, and the records that cite them. */
@ApplicationScoped
public class DocumentService extends RecordService<Document, DocumentRequest, DocumentView> {

    public static final String KIND = "document";
    public static final String COLLECTION = "documents";
    /** The citations a document lists at most. */
    static final int CITATIONS_AT_MOST = 1000;

    public static final PageRequest.Sorts<DocumentSummary> SORTS = new PageRequest.Sorts<>(
            List.of(new SortKey<>("issuedOn", "e.issuedOn", LocalDate.class, DocumentSummary::issuedOn),
                    new SortKey<>("number", "e.number", String.class, DocumentSummary::number),
                    new SortKey<>("createdAt", "e.createdAt", Instant.class, DocumentSummary::createdAt),
                    new SortKey<>("updatedAt", "e.updatedAt", Instant.class, DocumentSummary::updatedAt)),
            new SortKey<>("issuedOn", "e.issuedOn", LocalDate.class, DocumentSummary::issuedOn),
            new SortKey<>("id", "e.id", UUID.class, DocumentSummary::id));

    @Inject
    DocumentRepository documents;
    @Inject
    OrganizationService organizations;
    @Inject
    AdminUnitService adminUnits;

    public DocumentService() {
        super(COLLECTION, KIND, Document::new);
    }

    public Page<DocumentSummary> list(DocumentFilter filter, PageRequest<DocumentSummary> page) {
        return documents.page(filter, adminUnits.scope(filter.unit(), "unit"), page);
    }

    /** The live records that cite the document; 404 for a document that is not live. */
    public List<Citation> citations(UUID id) {
        require(id);
        return documents.citations(id, CITATIONS_AT_MOST);
    }

    /**
     * Checks that the documents a record cites exist and are live, locking them against deletion until
     * the transaction ends; none may be named twice.
     */
    public void requireLive(List<UUID> ids, String field, Violations violations) {
        if (ids == null) {
            return;
        }
        if (new HashSet<>(ids).size() < ids.size()) {
            violations.add(field, "must not name a document twice");
        }
        var found = documents.lockLive(ids.stream().filter(Objects::nonNull).toList());
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            if (id != null && !found.contains(id)) {
                violations.add(field + "[" + i + "]", "no document with id " + id);
            }
        }
    }

    @Override
    protected PanacheRepositoryBase<Document, UUID> repository() {
        return documents;
    }

    @Override
    protected Map<String, String> referencesById() {
        return Map.of("issuers", "issuerIds");
    }

    @Override
    protected DocumentRequest patched(Document entity, com.fasterxml.jackson.databind.JsonNode patch) {
        // The view's files are not part of the body: they are added and removed on their own.
        DocumentView view = toView(entity);
        return patchedBody(new DocumentView(view.id(), view.number(), view.kind(), view.issuedOn(), view.issuers(),
                view.issuerName(), view.signer(), view.summary(), view.level(), view.adminUnit(), view.access(),
                null, view.createdAt(), view.updatedAt()), patch, DocumentRequest.class);
    }

    @Override
    protected void validate(DocumentRequest request, Document current, Violations violations) {
        if (request.level() == Level.village) {
            violations.add("level", "must be central, province, district or commune");
        } else if (request.level() != null && request.issuedOn() != null) {
            adminUnits.checkRecordUnit(request.level(), request.adminUnit(), request.issuedOn(), request.issuedOn(),
                    "adminUnit", violations);
        }
        boolean noIssuers = request.issuerIds() == null || request.issuerIds().isEmpty();
        if (noIssuers && (request.issuerName() == null || request.issuerName().isBlank())) {
            violations.add("issuerIds", "must name an issuing organization unless issuerName names the issuing body");
        }
        if (request.issuerIds() != null) {
            if (new HashSet<>(request.issuerIds()).size() < request.issuerIds().size()) {
                violations.add("issuerIds", "must not name an organization twice");
            }
            organizations.requireLive(request.issuerIds(), "issuerIds[]", violations);
        }
        if (request.number() != null && request.number().strip().contains("\u0000")) {
            violations.add("number", "must not hold NUL characters");
        }
    }

    @Override
    protected void apply(Document d, DocumentRequest request) {
        d.number = request.number().strip();
        d.kind = request.kind();
        d.issuedOn = request.issuedOn();
        d.issuerIds = request.issuerIds() == null ? new ArrayList<>() : new ArrayList<>(request.issuerIds());
        d.issuerName = blankToNull(request.issuerName());
        Map<UUID, String> names = organizations.names(d.issuerIds);
        d.issuerText = d.issuerIds.isEmpty() ? null : String.join(" ", d.issuerIds.stream().map(names::get)
                .filter(Objects::nonNull).toList());
        d.signerName = request.signer() == null ? null : blankToNull(request.signer().name());
        d.signerTitle = request.signer() == null ? null : blankToNull(request.signer().title());
        d.summary = request.summary().strip();
        d.level = request.level();
        d.unit = request.level() == Level.central || request.adminUnit() == null ? null : request.adminUnit().key();
        d.access = request.access();
    }

    @Override
    protected DocumentView toView(Document d) {
        Map<UUID, String> names = organizations.names(d.issuerIds);
        List<FileView> files = DocumentFile.<DocumentFile>list("documentId = ?1 and deletedAt is null order by createdAt, id", d.id)
                .stream().map(DocumentService::fileView).toList();
        return new DocumentView(d.id, d.number, d.kind, d.issuedOn,
                d.issuerIds.stream().map(id -> new Issuer(id, names.get(id))).toList(), d.issuerName,
                d.signerName == null ? null : new Signer(d.signerName, d.signerTitle), d.summary, d.level,
                adminUnits.label(d.unit), d.access, files, d.createdAt, d.updatedAt);
    }

    static FileView fileView(DocumentFile f) {
        return new FileView(f.id, f.filename, f.mediaType, f.size, f.sha256, f.createdAt);
    }

    /** The live document, or 404. */
    Document live(UUID id) {
        return require(id);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static ApiProblem unsupported(String detail) {
        return new ApiProblem(415, DocumentProblems.UNSUPPORTED_FILE, "Unsupported Media Type", detail, null);
    }
}
