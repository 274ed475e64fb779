package vn.antq.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.antq.shared.paging.ListQuery;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;
import vn.antq.webhook.WebhookDtos.DeliveryView;

import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class WebhookRepository implements PanacheRepositoryBase<WebhookSubscription, UUID> {

    /** One page of subscriptions: those made by {@code owner}, or all of them when null. */
    public Page<WebhookSubscription> page(String owner, PageRequest<WebhookSubscription> page) {
        return new ListQuery().filter("e.ownerSubject = :owner", "owner", owner)
                .page(getEntityManager(), "select e from WebhookSubscription e", WebhookSubscription.class, page);
    }

    /** One page of a subscription's delivery log. */
    /**
     * The subscription's delivery log: the deliveries of record changes. Reminders (events that are no change of a
     * record, see {@link WebhookEvents}) are delivered, signed and retried alike, but kept out of the log, whose
     * released contract names only the change events; reporting_reminder is their record.
     */
    public Page<DeliveryView> deliveries(UUID subscription, PageRequest<DeliveryView> page) {
        return new ListQuery().filter("e.subscriptionId = :subscription", "subscription", subscription)
                .condition("e.changeId is not null", java.util.Map.of())
                .page(getEntityManager(), """
                        select e.eventId, e.eventType, e.collection, e.recordId, e.changedAt, e.status, e.attempts,
                            e.nextAttemptAt, e.lastAttemptAt, e.lastStatus, e.lastError, e.createdAt, e.deliveredAt
                        from WebhookDelivery e""", DeliveryView.class, page);
    }

    /** Deletes the deliveries delivered before {@code before}; answers how many. */
    public int purgeDelivered(Instant before) {
        return getEntityManager().createQuery("delete from WebhookDelivery d where d.status = 'delivered' and d.deliveredAt < :before")
                .setParameter("before", before).executeUpdate();
    }
}
