package vn.antq.document;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.antq.adminunit.AreaAccess;
import vn.antq.document.DocumentDtos.FileView;
import vn.antq.shared.audit.Audited;
import vn.antq.shared.config.AntqConfig;
import vn.antq.shared.error.ApiProblem;
import vn.antq.shared.http.ETags;
import vn.antq.shared.security.Caller;
import vn.antq.shared.security.Roles;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The files of a document: stored as they stream in (type checked from their bytes first), listed, read
 * according to the document's access, and removed by a mark that the history keeps. A file never changes.
 */
@ApplicationScoped
public class DocumentFileService {

    @Inject
    DocumentService documents;
    @Inject
    DocumentRepository repository;
    @Inject
    FileStore store;
    @Inject
    AreaAccess area;
    @Inject
    SecurityIdentity identity;
    @Inject
    Caller caller;
    @Inject
    AntqConfig config;

    /** A stored file with the document's new version. */
    public record Added(FileView file, long documentVersion) {
    }

    /** What a download needs: the file, and whether the document is public. */
    public record Readable(DocumentFile file, boolean isPublic) {
    }

    public List<FileView> list(UUID documentId) {
        Document document = documents.live(documentId);
        requireRead(document);
        return DocumentFile.<DocumentFile>list("documentId = ?1 and deletedAt is null order by createdAt, id", documentId)
                .stream().map(DocumentService::fileView).toList();
    }

    public Readable readable(UUID documentId, UUID fileId) {
        Document document = documents.live(documentId);
        requireRead(document);
        DocumentFile file = DocumentFile.<DocumentFile>find("id = ?1 and documentId = ?2 and deletedAt is null", fileId, documentId)
                .firstResultOptional().orElseThrow(() -> ApiProblem.notFound("file", fileId));
        return new Readable(file, document.access == DocumentAccess.PUBLIC);
    }

    /**
     * Adds a file: its declared type must be allowed and match its bytes (else 415 and nothing is kept),
     * and it may not be larger than the configured maximum.
     */
    @Transactional
    @Audited
    public Added add(UUID documentId, Long expectedVersion, String contentType, String disposition, InputStream body) {
        Document document = repository.lockForWrite(documentId).orElseThrow(() -> ApiProblem.notFound(DocumentService.KIND, documentId));
        area.requireWrite(document.unit);
        if (expectedVersion != null) {
            ETags.check(expectedVersion, document.version);
        }
        String declared = FileTypes.essence(contentType);
        if (declared == null || !FileTypes.ALLOWED.contains(declared)) {
            throw DocumentService.unsupported("A document's file must be PDF, JPEG, PNG, TIFF, or a Word (.docx) or Excel "
                    + "(.xlsx) document without macros; Content-Type " + (declared == null ? "is missing" : declared + " is not allowed") + ".");
        }
        String filename = FileNames.parse(disposition);
        if (filename == null) {
            throw ApiProblem.invalid("Content-Disposition", "must name the file: attachment; filename*=UTF-8''…");
        }
        long max = config.documents().maxFileSize().asLongValue();
        FileStore.Stored stored;
        FileTypes.MacroSniffer macros = new FileTypes.MacroSniffer();
        try {
            InputStream in = new BufferedInputStream(body == null ? InputStream.nullInputStream() : body, 64 * 1024);
            String detected = FileTypes.detect(in);
            in.mark(1);
            if (in.read() < 0) {
                throw ApiProblem.invalid("body", "must hold the file's bytes");
            }
            in.reset();
            if (!FileTypes.matches(declared, detected)) {
                throw DocumentService.unsupported("The file's bytes are " + detected + ", not the declared " + declared + ".");
            }
            stored = store.store(in, max, FileTypes.isOffice(declared) ? macros : (data, length) -> { });
        } catch (FileStore.TooLarge e) {
            throw new ApiProblem(413, DocumentProblems.FILE_TOO_LARGE, "Content Too Large",
                    "A file may have at most " + max + " bytes.", null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (macros.found()) {
            throw DocumentService.unsupported("The document holds macros (a VBA project); save it without them.");
        }
        DocumentFile file = new DocumentFile();
        file.id = UUID.randomUUID();
        file.documentId = documentId;
        file.contentId = stored.contentId();
        file.filename = filename;
        file.mediaType = declared;
        file.size = stored.size();
        file.sha256 = stored.sha256();
        file.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        file.createdBy = caller.subject();
        file.persist();
        document.touch();
        repository.flush();
        return new Added(DocumentService.fileView(file), document.version);
    }

    /** Marks the file removed (the history keeps it); the document's version moves on. */
    @Transactional
    @Audited
    public long remove(UUID documentId, UUID fileId, Long expectedVersion) {
        Document document = repository.lockForWrite(documentId).orElseThrow(() -> ApiProblem.notFound(DocumentService.KIND, documentId));
        area.requireWrite(document.unit);
        ETags.check(expectedVersion, document.version);
        DocumentFile file = DocumentFile.<DocumentFile>find("id = ?1 and documentId = ?2 and deletedAt is null", fileId, documentId)
                .firstResultOptional().orElseThrow(() -> ApiProblem.notFound("file", fileId));
        file.deletedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        document.touch();
        repository.flush();
        return document.version;
    }

    /** Public: anyone; internal: any role; restricted: an editor whose areas hold the document's unit, or an admin. */
    private void requireRead(Document document) {
        if (document.access == DocumentAccess.PUBLIC) {
            return;
        }
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        boolean anyRole = identity.hasRole(Roles.VIEWER) || identity.hasRole(Roles.EDITOR) || identity.hasRole(Roles.ADMIN);
        boolean allowed = switch (document.access) {
            case INTERNAL -> anyRole;
            case RESTRICTED -> identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.EDITOR) && area.mayWrite(document.unit);
            case PUBLIC -> true;
        };
        if (!allowed) {
            throw new ForbiddenException("This document is " + document.access.wire() + ".");
        }
    }
}
