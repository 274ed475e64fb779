package vn.antq.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.antq.adminunit.AdminUnitService;
import vn.antq.adminunit.AreaAccess;
import vn.antq.record.ChangeFeed;
import vn.antq.record.RecordService;
import vn.antq.record.Versioned;
import vn.antq.shared.config.AntqConfig;
import vn.antq.shared.error.Violations;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;
import vn.antq.shared.paging.SortKey;
import vn.antq.shared.security.Caller;
import vn.antq.webhook.WebhookDtos.DeliveryView;
import vn.antq.webhook.WebhookDtos.SubscriptionRequest;
import vn.antq.webhook.WebhookDtos.SubscriptionView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Webhook subscriptions: an admin's for any unit, an editor's for a unit within the editor's areas (the
 * unit decides who may read and write a subscription, as it does for records). The secret is write-only.
 */
@ApplicationScoped
public class WebhookService extends RecordService<WebhookSubscription, SubscriptionRequest, SubscriptionView> {

    public static final String KIND = "webhook subscription";

    public static final PageRequest.Sorts<WebhookSubscription> SORTS = new PageRequest.Sorts<>(
            List.of(new SortKey<>("createdAt", "e.createdAt", Instant.class, s -> s.createdAt)),
            new SortKey<>("createdAt", "e.createdAt", Instant.class, s -> s.createdAt),
            new SortKey<>("id", "e.id", UUID.class, s -> s.id));
    public static final PageRequest.Sorts<DeliveryView> DELIVERY_SORTS = new PageRequest.Sorts<>(
            List.of(new SortKey<>("createdAt", "e.createdAt", Instant.class, DeliveryView::createdAt)),
            new SortKey<>("createdAt", "e.createdAt", Instant.class, DeliveryView::createdAt),
            new SortKey<>("eventId", "e.eventId", String.class, DeliveryView::eventId));

    @Inject
    AntqConfig config;

    @Inject
    WebhookRepository subscriptions;
    @Inject
    ChangeFeed feed;
    @Inject
    AdminUnitService adminUnits;
    @Inject
    AreaAccess areas;
    @Inject
    Caller caller;

    public WebhookService() {
        super("webhook-subscriptions", KIND, WebhookSubscription::new);
    }

    /** Subscriptions are not records of the registry: they have no change feed. */
    @Override
    public String changeCollection() {
        return null;
    }

    /** Only those who may write a subscription's unit may see it. */
    @Override
    public Versioned<SubscriptionView> get(UUID id) {
        WebhookSubscription subscription = require(id);
        areas.requireWrite(subscription.unit);
        return new Versioned<>(toView(subscription), subscription.version);
    }

    /** An admin sees every subscription, an editor those the editor made. */
    public Page<SubscriptionView> list(PageRequest<WebhookSubscription> page) {
        Page<WebhookSubscription> found = subscriptions.page(caller.isAdmin() ? null : caller.subject(), page);
        return new Page<>(found.items().stream().map(this::toView).toList(), found.nextCursor());
    }

    /** The subscription's delivery log, newest first. */
    public Page<DeliveryView> deliveries(UUID id, PageRequest<DeliveryView> page) {
        get(id);
        return subscriptions.deliveries(id, page);
    }

    @Override
    protected PanacheRepositoryBase<WebhookSubscription, UUID> repository() {
        return subscriptions;
    }

    @Override
    protected void validate(SubscriptionRequest request, WebhookSubscription current, Violations violations) {
        if (request.url() != null) {
            WebhookUrls.problem(request.url().strip(), config.webhooks().allowLoopback()).ifPresent(why -> violations.add("url", why));
        }
        if (request.collections() != null) {
            List<String> known = feed.collections();
            for (int i = 0; i < request.collections().size(); i++) {
                String collection = request.collections().get(i);
                if (collection != null && !known.contains(collection)) {
                    violations.add("collections[" + i + "]", "must be one of " + String.join(", ", known));
                }
            }
        }
        if (request.secret() == null && current == null) {
            violations.add("secret", "is required");
        } else if (request.secret() != null) {
            WebhookSignature.problem(request.secret()).ifPresent(why -> violations.add("secret", why));
        }
        if (request.adminUnit() != null) {
            adminUnits.resolve(request.adminUnit(), "adminUnit", violations);
        }
    }

    @Override
    protected void apply(WebhookSubscription subscription, SubscriptionRequest request) {
        if (subscription.ownerSubject == null) {
            subscription.ownerSubject = caller.subject();
            // Announces the changes from now on: the dispatcher starts where the log is final today.
            subscription.positionTx = feed.visibleTx();
        }
        subscription.url = request.url().strip();
        subscription.collections = new ArrayList<>(new LinkedHashSet<>(request.collections()));
        subscription.unit = request.adminUnit() == null ? null : request.adminUnit().key();
        if (request.secret() != null) {
            subscription.secret = request.secret();
        }
        subscription.description = request.description();
        if (request.status().equals(WebhookSubscription.ACTIVE)) {
            subscription.pausedReason = null;
            subscription.failingSince = null;
        } else if (!WebhookSubscription.PAUSED.equals(subscription.status)) {
            subscription.pausedReason = "Paused by " + caller.subject() + ".";
        }
        subscription.status = request.status();
    }

    @Override
    protected SubscriptionView toView(WebhookSubscription s) {
        return new SubscriptionView(s.id, s.url, List.copyOf(s.collections), adminUnits.label(s.unit), s.description,
                s.status, s.pausedReason, s.failingSince, s.createdAt, s.updatedAt);
    }
}
