package vn.antq.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.antq.organization.OrganizationService;
import vn.antq.record.Referrers;

import java.util.List;
import java.util.UUID;

/**
 * Documents refer to the organizations that issued them; and the records that cite a document (programs,
 * agreements, award decisions, review conferences, indicator reports, campaigns) keep it from deletion.
 */
@ApplicationScoped
public class DocumentReferrers implements Referrers {

    @Inject
    DocumentRepository documents;

    @Override
    public List<String> referringTo(String kind, UUID id) {
        return switch (kind) {
            case OrganizationService.KIND -> documents.referringToOrganization(id);
            case DocumentService.KIND -> documents.citations(id, DocumentService.CITATIONS_AT_MOST).stream()
                    .map(c -> c.collection() + " " + c.label() + " (" + c.id() + ")").toList();
            default -> List.of();
        };
    }
}
