package vn.antq.reporting;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.reporting.ReportingDtos.UnitStanding;
import vn.antq.shared.config.AntqConfig;
import vn.antq.webhook.WebhookEvents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The reminders of the reporting calendar, as webhook events of the collection {@code reporting-periods} (sent to the
 * subscriptions of {@code reporting-periods} and of {@code indicator-reports}):
 * {@code reporting-period.due-soon} once a period's due day is {@code antq.reporting.due-soon-days} days away or
 * nearer (in Vietnam), and {@code reporting-period.overdue} once for each unit that has not handed its report in
 * (missing, draft, or returned) when the due day has passed. Each reminder is recorded once (reporting_reminder,
 * unique per period, event, unit and due day) in the same transaction as its deliveries are queued, so it is sent
 * once however often, and on however many replicas, the job runs. Tests call {@link #remind(Instant)} with their
 * own time.
 */
@ApplicationScoped
public class ReportingReminders {

    private static final Logger LOG = Logger.getLogger(ReportingReminders.class);

    public static final String DUE_SOON = "due-soon";
    public static final String OVERDUE = "overdue";
    public static final String EVENT_PREFIX = "reporting-period.";
    /**
     * The subscriptions that receive the reminders: those of the periods, and those of the indicator reports the
     * reminders are about (the released contract's enumeration of collections does not name reporting-periods yet).
     */
    static final List<String> SUBSCRIBED_TO = List.of(ReportingPeriodService.COLLECTION, "indicator-reports");

    @Inject
    AntqConfig config;
    @Inject
    ReportingPeriodRepository periods;
    @Inject
    StandingService standings;
    @Inject
    WebhookEvents events;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    /** How many reminders one run recorded (and queued to every matching subscription). */
    public record Result(int dueSoon, int overdue) {
    }

    @Scheduled(every = "${antq.reporting.remind-every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "reporting-reminders")
    void tick() {
        if (!config.reporting().remindersEnabled()) {
            return;
        }
        try {
            Result result = remind(clock.instant());
            if (result.dueSoon() + result.overdue() > 0) {
                LOG.infof("Reporting reminders: %d due soon, %d overdue", result.dueSoon(), result.overdue());
            }
        } catch (RuntimeException e) {
            LOG.warn("Reporting reminders failed; they resume at the next run", e);
        }
    }

    /** Records and queues the reminders that are due at {@code now}; each period in its own transaction. */
    public Result remind(Instant now) {
        LocalDate today = Lateness.today(now);
        int days = Math.max(0, config.reporting().dueSoonDays());
        List<UUID> candidates = QuarkusTransaction.requiringNew().call(() -> periods.getEntityManager()
                .createQuery("select p.id from ReportingPeriod p where p.dueOn <= :horizon order by p.dueOn, p.id", UUID.class)
                .setParameter("horizon", today.plusDays(days)).getResultList());
        int dueSoon = 0;
        int overdue = 0;
        for (UUID id : candidates) {
            int[] sent = QuarkusTransaction.requiringNew().call(() -> remind(id, today, now));
            dueSoon += sent[0];
            overdue += sent[1];
        }
        return new Result(dueSoon, overdue);
    }

    private int[] remind(UUID id, LocalDate today, Instant now) {
        ReportingPeriod period = periods.findById(id);
        if (period == null) {
            return new int[]{0, 0};
        }
        int dueSoon = 0;
        int overdue = 0;
        if (!today.isAfter(period.dueOn)) {
            if (record(period, DUE_SOON, null)) {
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("dueOn", period.dueOn.toString());
                if (period.unit != null) {
                    detail.put("adminUnit", Map.of("era", period.unit.era(), "code", period.unit.code()));
                }
                events.announce(EVENT_PREFIX + DUE_SOON, ReportingPeriodService.COLLECTION, period.id, period.unit, detail, now,
                        SUBSCRIBED_TO);
                dueSoon++;
            }
            return new int[]{dueSoon, overdue};
        }
        for (UnitStanding unit : standings.standing(id, null, now).units()) {
            boolean handedIn = unit.status() == StandingStatus.submitted || unit.status() == StandingStatus.accepted;
            if (handedIn || !unit.late()) {
                continue;
            }
            AdminUnitKey key = new AdminUnitKey(unit.adminUnit().era(), unit.adminUnit().code());
            if (record(period, OVERDUE, key)) {
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("dueOn", period.dueOn.toString());
                detail.put("adminUnit", Map.of("era", key.era(), "code", key.code()));
                detail.put("status", unit.status().name());
                detail.put("daysLate", unit.daysLate());
                events.announce(EVENT_PREFIX + OVERDUE, ReportingPeriodService.COLLECTION, period.id, key, detail, now,
                        SUBSCRIBED_TO);
                overdue++;
            }
        }
        return new int[]{dueSoon, overdue};
    }

    /** Records the reminder; false when it was recorded before (by this or another replica). */
    private boolean record(ReportingPeriod period, String event, AdminUnitKey unit) {
        return em.createNativeQuery("insert into reporting_reminder (period_id, event, unit_era, unit_code, due_on)"
                        + " values (:period, :event, cast(:era as varchar), cast(:code as varchar), :dueOn) on conflict do nothing")
                .setParameter("period", period.id).setParameter("event", event)
                .setParameter("era", unit == null ? null : unit.era()).setParameter("code", unit == null ? null : unit.code())
                .setParameter("dueOn", period.dueOn).executeUpdate() == 1;
    }
}
