package vn.antq.campaign;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.antq.adminunit.AdminUnitService;
import vn.antq.adminunit.Level;
import vn.antq.campaign.CampaignDtos.CampaignFilter;
import vn.antq.campaign.CampaignDtos.CampaignRequest;
import vn.antq.campaign.CampaignDtos.CampaignSummary;
import vn.antq.campaign.CampaignDtos.CampaignView;
import vn.antq.campaign.CampaignDtos.Organizer;
import vn.antq.organization.OrganizationLineage;
import vn.antq.organization.OrganizationService;
import vn.antq.document.DocumentService;
import vn.antq.record.RecordService;
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
    DocumentService documents;

    @Inject
    OrganizationLineage lineage;
    @Inject
    CampaignRepository campaigns;
    @Inject
    OrganizationService organizations;
    @Inject
    AdminUnitService adminUnits;

    public CampaignService() {
        super(COLLECTION, KIND, Campaign::new);
    }

    public Page<CampaignSummary> list(CampaignFilter filter, PageRequest<CampaignSummary> page) {
        return campaigns.page(filter, lineage.organizations(filter.organization()), adminUnits.scope(filter.unit(), "unit"), page);
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
        documents.requireLive(request.documentIds(), "documentIds", violations);
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
        campaign.documentIds = request.documentIds() == null ? new ArrayList<>() : new ArrayList<>(request.documentIds());
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
                c.description, c.indicatorReportId, List.copyOf(c.documentIds), c.createdAt, c.updatedAt);
    }
}
