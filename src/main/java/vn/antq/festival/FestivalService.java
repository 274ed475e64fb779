package vn.antq.festival;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.antq.adminunit.AdminUnit;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitLabel;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.AdminUnitService;
import vn.antq.adminunit.Level;
import vn.antq.award.AwardService;
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
    Event<FestivalWritten> writes;

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

    /** Every committed festival write is announced (see {@link FestivalWritten}). */
    @Override
    protected void afterWrite(Festival festival) {
        writes.fire(new FestivalWritten(festival.id));
    }

    @Override
    protected Map<String, String> referencesById() {
        return Map.of("organizers", "organizerIds");
    }

    /** Festivals have a feed of their own (the public schedule's sync feed), not the record layer's change log. */
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
