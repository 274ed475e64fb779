package vn.antq.campaign;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.AdminUnitService;
import vn.antq.adminunit.Level;
import vn.antq.campaign.CampaignDtos.CampaignRequest;
import vn.antq.campaign.CampaignDtos.CampaignSummary;
import vn.antq.campaign.CampaignDtos.CampaignView;
import vn.antq.campaign.CampaignDtos.Organizer;
import vn.antq.organization.OrganizationService;
import vn.antq.record.RecordService;
import vn.antq.shared.error.Violations;
import vn.antq.shared.paging.ListQuery;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;
import vn.antq.shared.paging.SortKey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Campaign launches: movement launches, thematic campaigns and emulation pledges, counted in the statistics. */
@ApplicationScoped
public class CampaignService extends RecordService<Campaign, CampaignRequest, CampaignView> {

    public static final String KIND = "campaign";
    public static final String COLLECTION = "campaigns";

    public static final PageRequest.Sorts<CampaignSummary> SORTS = new PageRequest.Sorts<>(
            List.of(new SortKey<>("launchedOn", "e.launchedOn", LocalDate.class, CampaignSummary::launchedOn),
                    new SortKey<>("createdAt", "e.createdAt", Instant.class, CampaignSummary::createdAt),
                    new SortKey<>("updatedAt", "e.updatedAt", Instant.class, CampaignSummary::updatedAt)),
            new SortKey<>("launchedOn", "e.launchedOn", LocalDate.class, CampaignSummary::launchedOn),
            new SortKey<>("id", "e.id", UUID.class, CampaignSummary::id));

    @Inject
    CampaignRepository campaigns;
    @Inject
    OrganizationService organizations;
    @Inject
    AdminUnitService adminUnits;
    @Inject
    EntityManager em;

    public CampaignService() {
        super(COLLECTION, KIND, Campaign::new);
    }

    public record Filter(AdminUnitKey unit, CampaignKind kind, Level level, Integer year, LocalDate launchedFrom,
                         LocalDate launchedTo, UUID organizerId, UUID indicatorReportId, String q) {
    }

    public Page<CampaignSummary> list(Filter filter, PageRequest<CampaignSummary> page) {
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
                .search(filter.q());
        adminUnits.within(query, filter.unit(), "unit");
        return query.page(em, """
                select new vn.antq.campaign.CampaignDtos$CampaignSummary(e.id, e.kind, e.launchedOn, e.level,
                    u.id.era, u.id.code, u.level, u.fullName, e.title, e.participants, e.indicatorReportId,
                    e.createdAt, e.updatedAt)
                from Campaign e left join AdminUnit u on u.id.era = e.unit.era and u.id.code = e.unit.code""",
                CampaignSummary.class, page);
    }

    @Override
    protected PanacheRepositoryBase<Campaign, UUID> repository() {
        return campaigns;
    }

    @Override
    protected Map<String, String> referencesById() {
        return Map.of("organizers", "organizerIds");
    }

    @Override
    protected void validate(CampaignRequest request, Campaign current, Violations violations) {
        if (request.level() == Level.village) {
            violations.add("level", "must be central, province, district or commune");
        } else if (request.launchedOn() != null) {
            adminUnits.checkRecordUnit(request.level(), request.adminUnit(), request.launchedOn(), request.launchedOn(),
                    "adminUnit", violations);
        }
        if (request.organizerIds() != null) {
            if (new HashSet<>(request.organizerIds()).size() < request.organizerIds().size()) {
                violations.add("organizerIds", "must not name an organization twice");
            }
            organizations.requireLive(request.organizerIds(), "organizerIds[]", violations);
        }
        if (request.indicatorReportId() != null && !campaigns.lockLiveReport(request.indicatorReportId())) {
            violations.add("indicatorReportId", "no indicator report with id " + request.indicatorReportId());
        }
    }

    @Override
    protected void apply(Campaign campaign, CampaignRequest request) {
        campaign.kind = request.kind();
        campaign.launchedOn = request.launchedOn();
        campaign.level = request.level();
        campaign.unit = request.level() == Level.central || request.adminUnit() == null ? null : request.adminUnit().key();
        campaign.title = request.title().strip();
        campaign.participants = request.participants();
        campaign.description = request.description() == null || request.description().isBlank() ? null : request.description().strip();
        campaign.indicatorReportId = request.indicatorReportId();
        campaign.organizerIds = request.organizerIds() == null ? new ArrayList<>() : new ArrayList<>(request.organizerIds());
    }

    @Override
    protected CampaignView toView(Campaign c) {
        Map<UUID, String> names = organizations.names(c.organizerIds);
        return new CampaignView(c.id, c.kind, c.launchedOn, c.level, adminUnits.label(c.unit), c.title,
                c.organizerIds.stream().map(id -> new Organizer(id, names.get(id))).toList(), c.participants,
                c.description, c.indicatorReportId, c.createdAt, c.updatedAt);
    }
}
