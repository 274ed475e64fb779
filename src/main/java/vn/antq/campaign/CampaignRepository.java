package vn.antq.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import vn.antq.adminunit.UnitScope;
import vn.antq.campaign.CampaignDtos.CampaignFilter;
import vn.antq.campaign.CampaignDtos.CampaignSummary;
import vn.antq.record.RecordRepository;
import vn.antq.shared.paging.ListQuery;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CampaignRepository implements RecordRepository<Campaign> {

    /** One page of the list: the filters that are set, within {@code scope} (null: the whole country). */
    public Page<CampaignSummary> page(CampaignFilter filter, List<UUID> organizationIds, UnitScope scope, PageRequest<CampaignSummary> page) {
        ListQuery query = new ListQuery()
                .filter("e.kind = :kind", "kind", filter.kind())
                .filter("e.level = :level", "level", filter.level())
                // A year is a range of dates, so that the date index serves it.
                .filter("e.launchedOn >= :yearStart", "yearStart", filter.year() == null ? null : LocalDate.of(filter.year(), 1, 1))
                .filter("e.launchedOn <= :yearEnd", "yearEnd", filter.year() == null ? null : LocalDate.of(filter.year(), 12, 31))
                .filter("e.launchedOn >= :launchedFrom", "launchedFrom", filter.launchedFrom())
                .filter("e.launchedOn <= :launchedTo", "launchedTo", filter.launchedTo())
                .filter(":organizerId member of e.organizerIds", "organizerId", filter.organizerId())
                .filter("e.indicatorReportId = :indicatorReportId", "indicatorReportId", filter.indicatorReportId())
                .filter("exists (select 1 from Campaign c join c.organizerIds o where c.id = e.id and o in :organizationIds)",
                        "organizationIds", organizationIds)
                .search(filter.q());
        UnitScope.restrict(query, scope);
        return query.page(getEntityManager(), """
                select e.id, e.kind, e.launchedOn, e.level,
                    u.id.era, u.id.code, u.level, u.fullName, e.title, e.participants, e.indicatorReportId,
                    e.createdAt, e.updatedAt
                from Campaign e left join AdminUnit u on u.id.era = e.unit.era and u.id.code = e.unit.code""",
                CampaignSummary.class, page);
    }

    private static final String NAMED = "concat('campaign ', c.title, ' (', cast(c.id as String), ')')";

    /** Whether the indicator report is live, locking it against deletion until the caller's transaction ends. */
    public boolean lockLiveReport(UUID id) {
        return !getEntityManager()
                .createNativeQuery("select id from indicator_report where id = :id and deleted_at is null for share")
                .setParameter("id", id)
                .getResultList().isEmpty();
    }

    public List<String> referringToOrganization(UUID id) {
        return liveReferencesTo("select " + NAMED + " from Campaign c where :id member of c.organizerIds", id);
    }

    public List<String> referringToIndicatorReport(UUID id) {
        return liveReferencesTo("select " + NAMED + " from Campaign c where c.indicatorReportId = :id", id);
    }
}
