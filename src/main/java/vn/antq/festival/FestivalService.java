package vn.antq.festival;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import vn.antq.adminunit.AdminUnit;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitLabel;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.AdminUnitService;
import vn.antq.adminunit.AdminUnits;
import vn.antq.adminunit.Level;
import vn.antq.adminunit.UnitCatalog;
import vn.antq.adminunit.UnitScope;
import vn.antq.award.AwardService;
import vn.antq.festival.FestivalDtos.ChangesPage;
import vn.antq.festival.FestivalDtos.FestivalChange;
import vn.antq.festival.FestivalDtos.FestivalRequest;
import vn.antq.festival.FestivalDtos.Activity;
import vn.antq.festival.FestivalDtos.FestivalSummary;
import vn.antq.festival.FestivalDtos.FestivalView;
import vn.antq.festival.FestivalDtos.LeaderRequest;
import vn.antq.festival.FestivalDtos.Organizer;
import vn.antq.festival.FestivalDtos.Report;
import vn.antq.festival.FestivalDtos.ScheduleFilter;
import vn.antq.festival.FestivalDtos.Venue;
import vn.antq.organization.OrganizationService;
import vn.antq.record.RecordService;
import vn.antq.shared.config.AntqConfig;
import vn.antq.shared.error.Violations;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;
import vn.antq.shared.paging.SortKey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

@ApplicationScoped
public class FestivalService extends RecordService<Festival, FestivalRequest, FestivalView> {

    public static final String KIND = "festival";
    private static final SortKey<FestivalSummary> BY_START =
            new SortKey<>("startsAt", "e.startsAt", Instant.class, s -> VietnamTime.parse(s.startsAt()));
    public static final SortKey<FestivalSummary> BY_DISTANCE =
            new SortKey<>("distance", FestivalRepository.DISTANCE_KM, Double.class, FestivalSummary::distanceKm);

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
    AntqConfig config;

    @Inject
    UnitCatalog catalog;

    @Inject
    ScheduleTags scheduleTags;

    @Inject
    TransactionSynchronizationRegistry transactions;
    private final Map<AdminUnitKey, List<String>> provincesWithin = new java.util.concurrent.ConcurrentHashMap<>();

    public FestivalService() {
        super("festivals", KIND, Festival::new);
    }

    /** The schedule: one query, compact items, in start order or nearest first. */
    public Page<FestivalSummary> list(ScheduleFilter filter, PageRequest<FestivalSummary> page) {
        Page<FestivalSummary> found = festivals.page(filter, adminUnits.scope(filter.unit(), "unit"), page);
        Map<AdminUnitKey, AdminUnitLabel> labels = new HashMap<>();
        List<FestivalSummary> items = new ArrayList<>(found.items().size());
        for (FestivalSummary item : found.items()) {
            AdminUnitLabel unit = item.adminUnit();
            items.add(unit == null ? item
                    : item.labelled(labels.computeIfAbsent(new AdminUnitKey(unit.era(), unit.code()), adminUnits::label)));
        }
        return new Page<>(items, found.nextCursor());
    }

    /**
     * The cache tag of every festival the filter could show: the counters of the (2025 province, year)
     * cells its unit and dates (or year) cover. Any festival write in those cells changes it, none
     * elsewhere does. Status, q and near are not narrowed further: the tag may change without the page
     * changing, never the other way round.
     */
    public long scheduleTag(ScheduleFilter filter) {
        List<String> provinces = filter.unit() == null ? null : provincesWithin(filter.unit());
        int fromYear = 2000;
        int toYear = 2100;
        if (filter.from() != null) {
            fromYear = VietnamTime.dayOf(VietnamTime.startOfDay(filter.from()).minus(Festival.LONGEST)).getYear();
        }
        if (filter.to() != null) {
            toYear = filter.to().getYear();
        }
        if (filter.year() != null) {
            fromYear = Math.max(fromYear, filter.year());
            toYear = Math.min(toYear, filter.year());
        }
        return scheduleTags.tag(provinces, fromYear, toYear);
    }

    /** Every festival write tells this replica's schedule tags when it has committed (read your writes). */
    @Override
    protected void beforeWrite() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    scheduleTags.localWriteCommitted();
                }
            }
        });
    }

    /** A place in the feed: a transaction id and a change number, compared in that order. */
    record Position(long tx, long seq) implements Comparable<Position> {
        static final Position END = new Position(Long.MAX_VALUE, Long.MAX_VALUE);

        @Override
        public int compareTo(Position other) {
            int byTx = Long.compare(tx, other.tx);
            return byTx != 0 ? byTx : Long.compare(seq, other.seq);
        }

        static Position max(Position a, Position b) {
            return a.compareTo(b) >= 0 ? a : b;
        }
    }

    /**
     * The sync feed of a scope (everything under {@code unit}, both eras, and of {@code year}; either may be
     * absent): every festival created, changed or deleted in it after the token's position, in position
     * order, each once with its latest state (a tombstone when deleted), and every festival that left it
     * (moved to another unit or year) as a "leave". Without a token the feed starts from the beginning and
     * leaves out festivals already deleted or gone. Writers are not serialised: the answer reads one
     * snapshot, and only positions of transactions below its horizon, which no writer can add to any more
     * (V21__festival_writers_in_parallel.sql).
     */
    @Transactional
    public ChangesPage changes(String since, int limit, AdminUnitKey unit, Integer year) {
        // One snapshot for the whole answer: the horizon, the rows and the departures agree.
        festivals.readOneSnapshot();
        Instant now = Instant.now();
        String scope = SyncToken.scope(unit, year);
        FestivalRepository.FeedEnd end = festivals.feedEnd();
        Position from = new Position(0, 0);
        if (since != null) {
            SyncToken token = SyncToken.decode(since, config.festival().syncTokenLifetime(), end.lastChange(), end.newestTx(), now, scope);
            from = new Position(token.tx(), token.changeSeq());
        }
        FestivalRepository.FeedScope in = new FestivalRepository.FeedScope(unit == null ? null : provincesWithin(unit),
                adminUnits.scope(unit, "unit"), year);
        List<FestivalChangeEntry> rows = festivals.changedAfter(in, from.tx(), from.seq(), end.horizon(), since == null, limit + 1);
        List<FestivalDeparture> departures = since == null || scope.isEmpty() ? List.of()
                : festivals.departedAfter(in, from.tx(), from.seq(), end.horizon(), limit + 1);
        // Every change before the cutoff has been read (each list is complete up to its last row when full).
        Position cutoff = Position.END;
        if (rows.size() > limit) {
            cutoff = positionOf(rows.get(limit));
        }
        if (departures.size() > limit && positionOf(departures.get(limit)).compareTo(cutoff) < 0) {
            cutoff = positionOf(departures.get(limit));
        }
        Position before = cutoff;
        // A festival that left but is back in the scope (or deleted in it) comes with its own row instead.
        Map<UUID, FestivalDeparture> left = new java.util.LinkedHashMap<>();
        if (!departures.isEmpty()) {
            List<UUID> inside = festivals.inside(in, departures.stream().map(d -> d.festivalId).distinct().toList());
            for (FestivalDeparture departure : departures) {
                if (positionOf(departure).compareTo(before) < 0 && !inside.contains(departure.festivalId)) {
                    left.remove(departure.festivalId);
                    left.put(departure.festivalId, departure);
                }
            }
        }
        List<Object> events = new ArrayList<>();
        rows.stream().filter(r -> positionOf(r).compareTo(before) < 0).forEach(events::add);
        events.addAll(left.values());
        events.sort(java.util.Comparator.comparing(FestivalService::positionOf));
        boolean full = events.size() >= limit;
        List<Object> page = full ? events.subList(0, limit) : events;
        boolean hasMore = events.size() > limit || cutoff != Position.END;
        Position position;
        if (full && hasMore) {
            position = positionOf(page.get(page.size() - 1));
        } else if (hasMore) {
            // Just before the cutoff: nothing lies between the two.
            position = new Position(cutoff.tx(), cutoff.seq() - 1);
        } else {
            // Everything below the horizon has been read.
            position = Position.max(from, new Position(end.horizon(), 0));
        }
        Map<AdminUnitKey, AdminUnitLabel> labels = new HashMap<>();
        List<FestivalChange> items = new ArrayList<>();
        for (Object event : page) {
            if (event instanceof FestivalDeparture departure) {
                items.add(new FestivalChange(departure.festivalId, "leave", null, null));
                continue;
            }
            FestivalChangeEntry row = (FestivalChangeEntry) event;
            if (row.deletedAt != null) {
                items.add(new FestivalChange(row.id, "delete", null, row.deletedAt));
                continue;
            }
            AdminUnitLabel label = labels.computeIfAbsent(row.unit, adminUnits::label);
            items.add(new FestivalChange(row.id, "upsert", new FestivalSummary(row.id, row.title,
                    VietnamTime.format(row.startsAt), VietnamTime.format(row.endsAt), row.status, label, row.localArea,
                    row.venueName, row.latitude, row.longitude, null, row.version, row.updatedAt, row.kind,
                    ActivityKind.of(row.activityKinds)), null));
        }
        return new ChangesPage(items, new SyncToken(position.tx(), position.seq(), now, scope).encode(), hasMore);
    }


    /**
     * The 2025 provinces in which the records under {@code unit} lie (the catalogue's scope: the unit and
     * the legacy units it takes in); a 400 for an unknown unit. Kept: units are fixed while the service runs.
     */
    List<String> provincesWithin(AdminUnitKey unit) {
        List<String> known = provincesWithin.get(unit);
        if (known != null) {
            return known;
        }
        AdminUnits units = catalog.units();
        UnitScope scope = units.scope(unit, "unit");
        Set<String> provinces = new TreeSet<>();
        if (scope.kind() == UnitScope.Kind.PROVINCE_2025) {
            provinces.add(scope.code());
        } else {
            provinces.add(units.get(unit).province2025());
            for (String legacy : scope.legacyCodes()) {
                AdminUnits.Unit taken = units.get(new AdminUnitKey(AdminUnitKey.LEGACY, legacy));
                if (taken != null) {
                    provinces.add(taken.province2025());
                }
            }
        }
        List<String> found = List.copyOf(provinces);
        provincesWithin.put(unit, found);
        return found;
    }

    private static Position positionOf(Object event) {
        return event instanceof FestivalDeparture departure ? new Position(departure.changeTx, departure.changeSeq)
                : new Position(((FestivalChangeEntry) event).changeTx, ((FestivalChangeEntry) event).changeSeq);
    }

    @Override
    protected Map<String, String> referencesById() {
        return Map.of("organizers", "organizerIds");
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
    protected void validate(FestivalRequest request, Festival current, Violations violations) {
        if (request.startsAt() != null && request.endsAt() != null && !request.endsAt().isAfter(request.startsAt())) {
            violations.add("endsAt", "must be after startsAt");
        } else if (request.startsAt() != null && request.endsAt() != null
                && request.endsAt().toInstant().isAfter(request.startsAt().toInstant().plus(Festival.LONGEST))) {
            violations.add("endsAt", "must be at most " + Festival.LONGEST.toDays() + " days after startsAt");
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
        if (request.activities() != null) {
            Set<ActivityKind> seen = new HashSet<>();
            for (int i = 0; i < request.activities().size(); i++) {
                Activity activity = request.activities().get(i);
                if (activity == null || activity.kind() == null) {
                    continue;
                }
                if (!seen.add(activity.kind())) {
                    violations.add("activities[" + i + "].kind", "lists " + activity.kind() + " twice; a part is listed once");
                }
                if ((activity.participants() != null || activity.count() != null) && request.status() != null
                        && request.status() != FestivalStatus.held) {
                    violations.add("activities[" + i + "]", "only a held festival reports participants and counts");
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
        festival.kind = request.kind() == null ? FestivalKind.antq_festival_day : request.kind();
        festival.activities = request.activities() == null ? new ArrayList<>()
                : new ArrayList<>(request.activities().stream()
                        .map(a -> new Festival.Activity(a.kind(), a.participants(), a.count())).toList());
        festival.activityKinds = ActivityKind.bits(festival.activities.stream().map(Festival.Activity::kind).toList());
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
        return new FestivalView(f.id, f.year, f.kind, f.title, adminUnits.label(f.unit), f.localArea,
                VietnamTime.format(f.startsAt), VietnamTime.format(f.endsAt), VietnamTime.format(f.previousStartsAt),
                f.status, new Venue(f.venueName, f.venueAddress, f.latitude, f.longitude),
                f.leaders.stream().map(l -> new LeaderRequest(l.level(), l.title())).toList(),
                f.organizerIds.stream().map(id -> new Organizer(id, names.get(id))).toList(),
                f.activities.stream().map(a -> new Activity(a.kind(), a.participants(), a.count())).toList(),
                report, f.note, f.createdAt, f.updatedAt);
    }
}
