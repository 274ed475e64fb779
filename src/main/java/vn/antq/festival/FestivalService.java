package vn.antq.festival;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.antq.adminunit.AdminUnit;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitLabel;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.AdminUnitService;
import vn.antq.adminunit.Level;
import vn.antq.festival.FestivalDtos.ChangesPage;
import vn.antq.festival.FestivalDtos.FestivalChange;
import vn.antq.festival.FestivalDtos.FestivalRequest;
import vn.antq.festival.FestivalDtos.FestivalSummary;
import vn.antq.festival.FestivalDtos.FestivalView;
import vn.antq.festival.FestivalDtos.LeaderRequest;
import vn.antq.festival.FestivalDtos.Organizer;
import vn.antq.festival.FestivalDtos.Report;
import vn.antq.festival.FestivalDtos.Venue;
import vn.antq.award.AwardService;
import vn.antq.organization.OrganizationService;
import vn.antq.shared.error.Violations;
import vn.antq.shared.paging.ListQuery;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;
import vn.antq.shared.paging.SortKey;
import vn.antq.record.RecordService;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class FestivalService extends RecordService<Festival, FestivalRequest, FestivalView> {

    public static final String KIND = "festival";
    private static final double KM_PER_DEGREE = 111.2;
    /** Great-circle distance from the requested point, in km (earthdistance extension). */
    private static final String DISTANCE_KM = "(cast(function('earth_distance', function('ll_to_earth', :nearLat, :nearLon), "
            + "function('ll_to_earth', e.latitude, e.longitude)) as Double) / 1000.0)";
    private static final SortKey<FestivalSummary> BY_START =
            new SortKey<>("startsAt", "e.startsAt", Instant.class, s -> VietnamTime.parse(s.startsAt()));
    public static final SortKey<FestivalSummary> BY_DISTANCE =
            new SortKey<>("distance", DISTANCE_KM, Double.class, FestivalSummary::distanceKm);

    public static final PageRequest.Sorts<FestivalSummary> SORTS = new PageRequest.Sorts<>(
            List.of(BY_START, BY_DISTANCE,
                    new SortKey<>("title", "e.title", String.class, FestivalSummary::title),
                    new SortKey<>("updatedAt", "e.updatedAt", Instant.class, FestivalSummary::updatedAt)),
            BY_START,
            new SortKey<>("id", "e.id", UUID.class, FestivalSummary::id));

    @Inject
    FestivalRepository festivals;
    @Inject
    OrganizationService organizations;
    @Inject
    AdminUnitService adminUnits;
    @Inject
    AwardService awards;
    @Inject
    EntityManager em;

    @ConfigProperty(name = "antq.festival.sync-token-lifetime")
    Duration syncTokenLifetime;

    public FestivalService() {
        super("festivals", KIND, Festival::new);
    }

    /** A point and a radius: festivals within it, nearest first. */
    public record Near(double latitude, double longitude, double radiusKm) {
    }

    public record Filter(AdminUnitKey unit, LocalDate from, LocalDate to, FestivalStatus status, Integer year, String q,
                         Near near) {
    }

    /** The schedule: one query, compact items, in start order or nearest first. */
    public Page<FestivalSummary> list(Filter filter, PageRequest<FestivalSummary> page) {
        ListQuery query = new ListQuery()
                .filter("e.endsAt >= :fromInstant", "fromInstant", filter.from() == null ? null : VietnamTime.startOfDay(filter.from()))
                .filter("e.startsAt < :toInstant", "toInstant", filter.to() == null ? null : VietnamTime.startOfDay(filter.to().plusDays(1)))
                .filter("e.status = :status", "status", filter.status())
                .filter("e.year = :year", "year", filter.year())
                .search(filter.q());
        adminUnits.within(query, filter.unit(), "unit");
        String distance = "cast(null as Double)";
        if (filter.near() != null) {
            Near near = filter.near();
            double latitudeSpan = near.radiusKm() / KM_PER_DEGREE;
            double longitudeSpan = near.radiusKm() / (KM_PER_DEGREE * Math.max(0.01, Math.cos(Math.toRadians(near.latitude()))));
            query.condition("e.latitude between :minLat and :maxLat and e.longitude between :minLon and :maxLon and "
                    + DISTANCE_KM + " <= :radiusKm", Map.of(
                    "minLat", near.latitude() - latitudeSpan, "maxLat", near.latitude() + latitudeSpan,
                    "minLon", near.longitude() - longitudeSpan, "maxLon", near.longitude() + longitudeSpan,
                    "nearLat", near.latitude(), "nearLon", near.longitude(), "radiusKm", near.radiusKm()));
            distance = DISTANCE_KM;
        }
        return query.page(em, "select new vn.antq.festival.FestivalDtos$FestivalSummary(e.id, e.title, e.startsAt, e.endsAt, "
                + "e.status, u.id.era, u.id.code, u.level, u.fullName, e.localArea, e.venueName, e.latitude, e.longitude, "
                + distance + ", e.version, e.updatedAt) "
                + "from Festival e join AdminUnit u on u.id.era = e.unit.era and u.id.code = e.unit.code",
                FestivalSummary.class, page);
    }

    /** The last festival change this reader can see; list ETags are made from it. */
    public long currentChange() {
        return festivals.lastChange();
    }

    /**
     * The sync feed: every festival created, changed or deleted after the token's position, in change
     * order, each once with its latest state (a tombstone when deleted). Without a token the feed starts
     * from the beginning and leaves out festivals already deleted.
     */
    @Transactional
    public ChangesPage changes(String since, int limit) {
        Instant now = Instant.now();
        long visible = festivals.lastChange();
        long from = since == null ? 0 : SyncToken.decode(since, syncTokenLifetime, visible, now).changeSeq();
        String tombstones = since == null ? " and c.deletedAt is null" : "";
        List<FestivalChangeEntry> rows = em.createQuery("from FestivalChangeEntry c where c.changeSeq > :from" + tombstones
                        + " order by c.changeSeq", FestivalChangeEntry.class)
                .setParameter("from", from)
                .setMaxResults(limit + 1)
                .getResultList();
        boolean hasMore = rows.size() > limit;
        List<FestivalChangeEntry> page = hasMore ? rows.subList(0, limit) : rows;
        Map<AdminUnitKey, AdminUnitLabel> labels = new java.util.HashMap<>();
        List<FestivalChange> items = new ArrayList<>();
        for (FestivalChangeEntry row : page) {
            if (row.deletedAt != null) {
                items.add(new FestivalChange(row.id, "delete", null, row.deletedAt));
                continue;
            }
            AdminUnitKey key = new AdminUnitKey(row.unitEra, row.unitCode);
            AdminUnitLabel unit = labels.computeIfAbsent(key, adminUnits::label);
            items.add(new FestivalChange(row.id, "upsert", new FestivalSummary(row.id, row.title,
                    VietnamTime.format(row.startsAt), VietnamTime.format(row.endsAt), row.status, unit, row.localArea,
                    row.venueName, row.latitude, row.longitude, null, row.version, row.updatedAt), null));
        }
        long position = hasMore ? page.get(page.size() - 1).changeSeq : Math.max(from, Math.max(visible,
                page.isEmpty() ? 0 : page.get(page.size() - 1).changeSeq));
        return new ChangesPage(items, new SyncToken(position, now).encode(), hasMore);
    }

    /** Festivals have a feed of their own ({@link #changes}), not the record layer's. */
    @Override
    public String changeCollection() {
        return null;
    }

    @Override
    protected PanacheRepositoryBase<Festival, UUID> repository() {
        return festivals;
    }

    @Override
    protected void beforeWrite() {
        festivals.lockWriters();
    }

    @Override
    protected void validate(FestivalRequest request, Festival current, Violations violations) {
        if (request.startsAt() != null && request.endsAt() != null && !request.endsAt().isAfter(request.startsAt())) {
            violations.add("endsAt", "must be after startsAt");
        }
        if (request.startsAt() != null && request.year() != null
                && VietnamTime.dayOf(request.startsAt().toInstant()).getYear() != request.year()) {
            violations.add("year", "must be the year of startsAt (in Vietnam's time zone)");
        }
        AdminUnit unit = adminUnits.resolve(request.adminUnit(), "adminUnit", violations);
        if (unit != null && !unit.level.equals("commune")) {
            violations.add("adminUnit", "must be a commune-level unit (the village or residential area goes in localArea)");
        }
        if (unit != null && request.startsAt() != null) {
            LocalDate day = VietnamTime.dayOf(request.startsAt().toInstant());
            adminUnits.checkEra(unit, day, day, "adminUnit", violations);
        }
        Venue venue = request.venue();
        if (venue != null && (venue.latitude() == null) != (venue.longitude() == null)) {
            violations.add("venue", "latitude and longitude go together");
        }
        if (request.leaders() != null) {
            for (int i = 0; i < request.leaders().size(); i++) {
                LeaderRequest leader = request.leaders().get(i);
                if (leader != null && leader.level() == Level.village) {
                    violations.add("leaders[" + i + "].level", "must be central, province, district or commune");
                }
            }
        }
        if (request.report() != null && request.status() != null && request.status() != FestivalStatus.held) {
            violations.add("report", "only a held festival has a report");
        }
        if (request.report() != null && request.report().awardDecisionIds() != null) {
            awards.requireLive(request.report().awardDecisionIds(), "report.awardDecisionIds[]", violations);
        }
        if (request.organizerIds() != null) {
            if (new HashSet<>(request.organizerIds()).size() < request.organizerIds().size()) {
                violations.add("organizerIds", "must not name an organization twice");
            }
            organizations.requireLive(request.organizerIds(), "organizerIds[]", violations);
        }
    }

    @Override
    protected void apply(Festival festival, FestivalRequest request) {
        Instant startsAt = request.startsAt().toInstant();
        // A postponed festival keeps the start it had before it was moved.
        if (request.status() == FestivalStatus.postponed && festival.startsAt != null && !festival.startsAt.equals(startsAt)) {
            festival.previousStartsAt = festival.startsAt;
        }
        festival.year = request.year();
        festival.title = request.title().strip();
        festival.unit = request.adminUnit().key();
        festival.localArea = request.localArea();
        festival.startsAt = startsAt;
        festival.endsAt = request.endsAt().toInstant();
        festival.status = request.status();
        festival.venueName = request.venue().name().strip();
        festival.venueAddress = request.venue().address();
        festival.latitude = request.venue().latitude();
        festival.longitude = request.venue().longitude();
        festival.leaders = request.leaders() == null ? new ArrayList<>()
                : new ArrayList<>(request.leaders().stream().map(l -> new Festival.Leader(l.level(), l.title())).toList());
        festival.organizerIds = new ArrayList<>(request.organizerIds());
        Report report = request.report();
        festival.participants = report == null ? null : report.participants();
        festival.giftCount = report == null ? null : report.giftCount();
        festival.giftValueVnd = report == null ? null : report.giftValueVnd();
        festival.awardDecisionIds = report == null || report.awardDecisionIds() == null ? new ArrayList<>()
                : new ArrayList<>(report.awardDecisionIds());
        festival.note = request.note();
    }

    @Override
    protected FestivalView toView(Festival f) {
        Map<UUID, String> names = organizations.names(f.organizerIds);
        Report report = f.status == FestivalStatus.held
                && (f.participants != null || f.giftCount != null || f.giftValueVnd != null || !f.awardDecisionIds.isEmpty())
                ? new Report(f.participants, f.giftCount, f.giftValueVnd, List.copyOf(f.awardDecisionIds)) : null;
        return new FestivalView(f.id, f.year, f.title, adminUnits.label(f.unit), f.localArea,
                VietnamTime.format(f.startsAt), VietnamTime.format(f.endsAt), VietnamTime.format(f.previousStartsAt),
                f.status, new Venue(f.venueName, f.venueAddress, f.latitude, f.longitude),
                f.leaders.stream().map(l -> new LeaderRequest(l.level(), l.title())).toList(),
                f.organizerIds.stream().map(id -> new Organizer(id, names.get(id))).toList(),
                report, f.note, f.createdAt, f.updatedAt);
    }
}
