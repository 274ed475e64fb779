package vn.antq.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import vn.antq.adminunit.UnitScope;
import vn.antq.document.DocumentDtos.Citation;
import vn.antq.document.DocumentDtos.DocumentFilter;
import vn.antq.document.DocumentDtos.DocumentSummary;
import vn.antq.record.RecordRepository;
import vn.antq.shared.paging.ListQuery;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class DocumentRepository implements RecordRepository<Document> {

    /**
     * The records that cite documents, each by its table of documents: collection, link table, the link's
     * column naming the record, the record's table and the label shown for it.
     */
    private static final List<String[]> CITERS = List.of(
            new String[]{"programs", "program_document", "program_id", "program", "r.code || ' ' || r.title"},
            new String[]{"coordination-agreements", "coordination_agreement_document", "agreement_id", "coordination_agreement",
                    "coalesce(r.number || ' ', '') || r.title"},
            new String[]{"awards", "award_decision_document", "award_id", "award_decision", "r.number"},
            new String[]{"review-conferences", "review_conference_document", "conference_id", "review_conference", "r.title"},
            new String[]{"indicator-reports", "indicator_report_document", "report_id", "indicator_report", "r.title"},
            new String[]{"campaigns", "campaign_document", "campaign_id", "campaign", "r.title"});

    /** One page of the list: the filters that are set, within {@code scope} (null: the whole country). */
    public Page<DocumentSummary> page(DocumentFilter filter, UnitScope scope, PageRequest<DocumentSummary> page) {
        ListQuery query = new ListQuery()
                .filter("e.kind = :kind", "kind", filter.kind())
                .filter("e.level = :level", "level", filter.level())
                .filter("e.access = :access", "access", filter.access())
                .filter("e.issuedOn >= :issuedFrom", "issuedFrom", filter.issuedFrom())
                .filter("e.issuedOn <= :issuedTo", "issuedTo", filter.issuedTo())
                .filter("e.number = :number", "number", filter.number())
                .filter(":issuerId member of e.issuerIds", "issuerId", filter.issuerId())
                .search(filter.q());
        UnitScope.restrict(query, scope);
        return query.page(getEntityManager(), """
                select e.id, e.number, e.kind, e.issuedOn, e.issuerName, e.summary, e.level,
                    u.id.era, u.id.code, u.level, u.fullName, e.access, e.createdAt, e.updatedAt
                from Document e left join AdminUnit u on u.id.era = e.unit.era and u.id.code = e.unit.code""",
                DocumentSummary.class, page);
    }

    /** The live documents among {@code ids}, locked against deletion until the caller's transaction ends. */
    public Set<UUID> lockLive(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(getEntityManager()
                .createQuery("select d.id from Document d where d.id in :ids", UUID.class)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_READ)
                .getResultList());
    }

    /** The document, locked against concurrent writes until the caller's transaction ends. */
    public java.util.Optional<Document> lockForWrite(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The live records that cite the document, at most {@code limit}, by collection and label. */
    public List<Citation> citations(UUID id, int limit) {
        StringBuilder sql = new StringBuilder();
        for (String[] citer : CITERS) {
            if (!sql.isEmpty()) {
                sql.append(" union all ");
            }
            sql.append("(select '").append(citer[0]).append("' as collection, r.id, ").append(citer[4])
                    .append(" as label from ").append(citer[1]).append(" x join ").append(citer[3])
                    .append(" r on r.id = x.").append(citer[2])
                    .append(" where x.document_id = :id and r.deleted_at is null)");
        }
        sql.append(" order by 1, 3, 2");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(sql.toString())
                .setParameter("id", id)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(r -> new Citation((String) r[0], (UUID) r[1], (String) r[2])).toList();
    }

    public List<String> referringToOrganization(UUID id) {
        return liveReferencesTo("select concat('document ', d.number, ' (', cast(d.id as String), ')') from Document d"
                + " where :id member of d.issuerIds", id);
    }
}
