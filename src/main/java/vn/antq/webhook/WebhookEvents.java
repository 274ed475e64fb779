package vn.antq.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.UnitCatalog;
import vn.antq.adminunit.UnitScope;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Events that are no change of a record (a reporting period's reminders): queued as deliveries of the
 * subscriptions to their collection, in the caller's transaction, and sent, signed and retried by the
 * {@link WebhookDispatcher} like every other delivery. A subscription limited to a unit gets the events of
 * the units within it; events of no unit go to the subscriptions of the whole country.
 */
@ApplicationScoped
public class WebhookEvents {

    @Inject
    EntityManager em;
    @Inject
    UnitCatalog catalog;
    @Inject
    ObjectMapper json;

    /**
     * Queues {@code type} (e.g. {@code reporting-period.overdue}) about the record of {@code collection}, concerning
     * {@code unit} (null: none), with {@code detail} added to the event's data. Returns the deliveries queued.
     */
    public int announce(String type, String collection, UUID recordId, AdminUnitKey unit, Map<String, Object> detail,
                        Instant at) {
        return announce(type, collection, recordId, unit, detail, at, List.of(collection));
    }

    /** As above, to the subscriptions of any of {@code subscribedTo} (the event's own collection among them). */
    public int announce(String type, String collection, UUID recordId, AdminUnitKey unit, Map<String, Object> detail,
                        Instant at, List<String> subscribedTo) {
        String detailJson;
        try {
            detailJson = detail == null || detail.isEmpty() ? null : json.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder any = new StringBuilder();
        for (int i = 0; i < subscribedTo.size(); i++) {
            any.append(i == 0 ? "" : " or ").append("cast(:c").append(i).append(" as varchar) = any(collections)");
        }
        var select = em.createNativeQuery("select id, unit_era, unit_code from webhook_subscription"
                + " where deleted_at is null and (" + any + ") order by id");
        for (int i = 0; i < subscribedTo.size(); i++) {
            select.setParameter("c" + i, subscribedTo.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> subscriptions = select.getResultList();
        int queued = 0;
        for (Object[] s : subscriptions) {
            AdminUnitKey within = s[1] == null ? null : new AdminUnitKey((String) s[1], (String) s[2]);
            if (within != null && !covers(within, unit)) {
                continue;
            }
            queued += em.createNativeQuery("insert into webhook_delivery (subscription_id, change_id, event_id, event_type,"
                            + " collection, record_id, changed_at, status, next_attempt_at, detail)"
                            + " values (:subscription, null, 'msg_' || replace(gen_random_uuid()::text, '-', ''), :type,"
                            + " :collection, :record, :at, 'pending', now(), cast(cast(:detail as text) as jsonb))")
                    .setParameter("subscription", s[0]).setParameter("type", type).setParameter("collection", collection)
                    .setParameter("record", recordId).setParameter("at", at).setParameter("detail", detailJson)
                    .executeUpdate();
        }
        return queued;
    }

    /** Whether {@code unit} lies within {@code within} (a subscription's unit), by the kernel's scope rule. */
    private boolean covers(AdminUnitKey within, AdminUnitKey unit) {
        if (unit == null) {
            return false;
        }
        UnitScope scope = catalog.units().scope(within, "unit");
        UnitScope.Predicate predicate = scope.predicate(new UnitScope.Columns("u.era", "u.code", "u.province_2025_code"));
        var query = em.createNativeQuery("select count(*) from admin_unit u where u.era = :era and u.code = :code and ("
                + predicate.condition() + ")").setParameter("era", unit.era()).setParameter("code", unit.code());
        predicate.parameters().forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue() > 0;
    }
}
