package vn.antq.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import vn.antq.record.ChangeFeed;
import vn.antq.record.ChangeFeed.LogEntry;
import vn.antq.shared.config.AntqConfig;

import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Delivers the webhooks, on every replica, without two replicas ever sending the same delivery at once:
 *
 * <ol>
 * <li><b>Fan-out.</b> For each subscription (locked with SKIP LOCKED, so one replica at a time), the final
 * part of the change log after the subscription's position (see {@link ChangeFeed#after}) becomes delivery
 * rows, and the position moves on, in one transaction: each change becomes exactly one delivery.</li>
 * <li><b>Claim.</b> Due deliveries are leased (SKIP LOCKED, then {@code leased_until}) by one replica; a
 * delivery waits while an earlier one of the same record is pending, so a receiver gets a record's changes
 * in order. A replica that dies lets its leases run out, and another takes the deliveries over.</li>
 * <li><b>Send.</b> Outside any transaction, signed per Standard Webhooks, redirects never followed. A 2xx
 * completes the delivery; anything else schedules the next attempt with exponential backoff and jitter.
 * A subscription whose deliveries have all failed for a day (configurable) is paused, and says why.</li>
 * </ol>
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int FAN_OUT_BATCH = 500;

    @Inject
    AntqConfig config;

    @Inject
    EntityManager em;
    @Inject
    ChangeFeed feed;
    @Inject
    ObjectMapper json;
    @Inject
    WebhookRepository subscriptions;

    @Inject
    MeterRegistry meters;

    private HttpClient http;
    private Counter sent;
    private Counter failed;
    /** Deliveries waiting to be sent, and live subscriptions by status, as last counted. */
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong active = new AtomicLong();
    private final AtomicLong paused = new AtomicLong();

    @PostConstruct
    void start() {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5));
        // Through the proxy when one is set: https receivers are reached by CONNECT, the payload stays end to end.
        config.webhooks().proxy().filter(p -> !p.isBlank()).ifPresent(proxy -> {
            URI address = URI.create(proxy.strip());
            int port = address.getPort() != -1 ? address.getPort() : "https".equals(address.getScheme()) ? 443 : 80;
            builder.proxy(ProxySelector.of(InetSocketAddress.createUnresolved(address.getHost(), port)));
        });
        http = builder.build();
        sent = Counter.builder("antq.webhook.deliveries").description("Webhook delivery attempts, by outcome")
                .tag("outcome", "sent").register(meters);
        failed = Counter.builder("antq.webhook.deliveries").description("Webhook delivery attempts, by outcome")
                .tag("outcome", "failed").register(meters);
        Gauge.builder("antq.webhook.deliveries.pending", pending, AtomicLong::get)
                .description("Webhook deliveries not yet delivered (every subscription)").register(meters);
        Gauge.builder("antq.webhook.subscriptions", active, AtomicLong::get)
                .description("Live webhook subscriptions, by status").tag("status", "active").register(meters);
        Gauge.builder("antq.webhook.subscriptions", paused, AtomicLong::get)
                .description("Live webhook subscriptions, by status").tag("status", "paused").register(meters);
    }

    /** Counts the pending deliveries and the subscriptions for the gauges (off the scrape's thread). */
    @Scheduled(every = "30s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "webhook-gauges")
    void count() {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                pending.set(((Number) em.createNativeQuery("select count(*) from webhook_delivery where status = 'pending'")
                        .getSingleResult()).longValue());
                Object[] statuses = (Object[]) em.createNativeQuery("select count(*) filter (where status = 'active'),"
                        + " count(*) filter (where status = 'paused') from webhook_subscription where deleted_at is null")
                        .getSingleResult();
                active.set(((Number) statuses[0]).longValue());
                paused.set(((Number) statuses[1]).longValue());
            });
        } catch (RuntimeException e) {
            LOG.debug("Webhook gauges not counted; they keep their last values", e);
        }
    }

    /** The event as the receiver gets it. */
    public record Event(String type, Instant timestamp, com.fasterxml.jackson.databind.JsonNode data) {
    }

    public record EventData(String collection, UUID id, String change) {
    }

    @Scheduled(every = "${antq.webhooks.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "webhook-dispatch")
    void tick() {
        if (!config.webhooks().enabled()) {
            return;
        }
        try {
            fanOut();
            List<Long> claimed = claim();
            for (Long delivery : claimed) {
                send(delivery);
            }
        } catch (RuntimeException e) {
            LOG.warn("Webhook dispatch failed; it resumes at the next tick", e);
        }
    }

    /**
     * Deletes deliveries delivered longer ago than the retention; pending ones stay until they are
     * delivered. (Their change rows can then be pruned from the change log.)
     */
    @Scheduled(every = "${antq.changes.prune-every}", delayed = "${antq.changes.prune-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "webhook-delivery-purge")
    public void purgeDelivered() {
        int removed = QuarkusTransaction.requiringNew().call(() -> subscriptions.purgeDelivered(
                Instant.now().minus(config.webhooks().deliveredRetention())));
        if (removed > 0) {
            LOG.infof("Webhook delivery log: %d deliveries delivered before the retention purged", removed);
        }
    }

    /** Turns the final log rows after each subscription's position into its deliveries. */
    public void fanOut() {
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<UUID> ids = em.createNativeQuery("select id from webhook_subscription where deleted_at is null"
                    + " order by id limit 100 for update skip locked", UUID.class).getResultList();
            for (UUID id : ids) {
                fanOut(em.find(WebhookSubscription.class, id));
            }
        });
    }

    private void fanOut(WebhookSubscription subscription) {
        long horizon = feed.visibleTx();
        List<LogEntry> entries = feed.after(subscription.collections, subscription.unit, subscription.positionTx,
                subscription.positionId, horizon, FAN_OUT_BATCH);
        if (!entries.isEmpty()) {
            String ids = entries.stream().map(e -> Long.toString(e.change().id)).collect(Collectors.joining(","));
            String left = entries.stream().filter(LogEntry::left).map(e -> Long.toString(e.change().id))
                    .collect(Collectors.joining(","));
            em.createNativeQuery("insert into webhook_delivery (subscription_id, change_id, event_id, event_type, collection,"
                            + " record_id, changed_at, status, next_attempt_at)"
                            + " select :subscription, c.id, 'msg_' || replace(gen_random_uuid()::text, '-', ''),"
                            + " c.collection || '.' || case when c.action = 'delete' then 'deleted'"
                            + (left.isEmpty() ? "" : " when c.id in (" + left + ") then 'removed'")
                            + " when c.action = 'create' then 'created' when c.action = 'annul' then 'annulled'"
                            + " else 'updated' end, c.collection, c.record_id, c.changed_at, 'pending', now()"
                            + " from record_change c where c.id in (" + ids + ") order by c.tx, c.id"
                            + " on conflict (subscription_id, change_id) do nothing")
                    .setParameter("subscription", subscription.id)
                    .executeUpdate();
        }
        boolean full = entries.size() == FAN_OUT_BATCH;
        long tx = full ? entries.get(entries.size() - 1).change().tx : Math.max(horizon, subscription.positionTx);
        long id = full ? entries.get(entries.size() - 1).change().id : (horizon > subscription.positionTx ? 0 : subscription.positionId);
        if (tx == subscription.positionTx && id == subscription.positionId) {
            return;
        }
        em.createNativeQuery("update webhook_subscription set position_tx = :tx, position_id = :id where id = :subscription")
                .setParameter("tx", tx).setParameter("id", id).setParameter("subscription", subscription.id)
                .executeUpdate();
    }

    /** Leases the due deliveries this replica will send now. */
    public List<Long> claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Long> ids = em.createNativeQuery("update webhook_delivery d set leased_until = now() + make_interval(secs => :lease),"
                            + " attempts = d.attempts + 1, last_attempt_at = now()"
                            + " where d.id in (select p.id from webhook_delivery p join webhook_subscription s on s.id = p.subscription_id"
                            + " where p.status = 'pending' and p.next_attempt_at <= now()"
                            + " and (p.leased_until is null or p.leased_until < now())"
                            + " and s.status = 'active' and s.deleted_at is null"
                            // A record's changes reach the receiver in order: wait for its earlier deliveries.
                            // Reminders (no change row) are no change of the record: they wait for nothing.
                            + " and (p.change_id is null or not exists (select 1 from webhook_delivery e"
                            + " where e.subscription_id = p.subscription_id and e.record_id = p.record_id"
                            + " and e.change_id is not null and e.status = 'pending' and e.id < p.id))"
                            + " order by p.next_attempt_at, p.id limit :batch for update of p skip locked)"
                            + " returning d.id", Long.class)
                    .setParameter("lease", (double) config.webhooks().lease().toMillis() / 1000)
                    .setParameter("batch", config.webhooks().batch())
                    .getResultList();
            return ids;
        });
    }

    /** Sends one claimed delivery and records the outcome. */
    public void send(long deliveryId) {
        WebhookDelivery delivery = QuarkusTransaction.requiringNew().call(() -> em.find(WebhookDelivery.class, deliveryId));
        WebhookSubscription subscription = delivery == null ? null : QuarkusTransaction.requiringNew()
                .call(() -> em.find(WebhookSubscription.class, delivery.subscriptionId));
        if (subscription == null) {
            return;
        }
        String body;
        try {
            String change = delivery.eventType.substring(delivery.eventType.indexOf('.') + 1);
            com.fasterxml.jackson.databind.node.ObjectNode data = json.valueToTree(
                    new EventData(delivery.collection, delivery.recordId, change));
            if (delivery.detail != null && json.readTree(delivery.detail) instanceof com.fasterxml.jackson.databind.node.ObjectNode extra) {
                data.setAll(extra);
            }
            body = json.writeValueAsString(new Event(delivery.eventType, delivery.changedAt, data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        long timestamp = Instant.now().getEpochSecond();
        Integer status = null;
        String error = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(subscription.url))
                    .timeout(config.webhooks().timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "antq-registry-webhooks")
                    .header("webhook-id", delivery.eventId)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(subscription.secret, delivery.eventId, timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            if (status < 200 || status > 299) {
                error = "HTTP " + status;
            }
        } catch (java.io.IOException | IllegalArgumentException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        recordOutcome(delivery, status, error);
    }

    private void recordOutcome(WebhookDelivery delivery, Integer status, String error) {
        (error == null ? sent : failed).increment();
        QuarkusTransaction.requiringNew().run(() -> {
            if (error == null) {
                em.createNativeQuery("update webhook_delivery set status = 'delivered', delivered_at = now(), leased_until = null,"
                                + " last_status = :status, last_error = null where id = :id")
                        .setParameter("status", status).setParameter("id", delivery.id).executeUpdate();
                em.createNativeQuery("update webhook_subscription set failing_since = null, version = version + 1"
                                + " where id = :subscription and failing_since is not null")
                        .setParameter("subscription", delivery.subscriptionId).executeUpdate();
                return;
            }
            em.createNativeQuery("update webhook_delivery set leased_until = null, next_attempt_at = now() + make_interval(secs => :delay),"
                            + " last_status = :status, last_error = :error where id = :id")
                    .setParameter("delay", backoff(delivery.attempts))
                    .setParameter("status", status)
                    .setParameter("error", error.length() > 500 ? error.substring(0, 500) : error)
                    .setParameter("id", delivery.id)
                    .executeUpdate();
            // Failing since the first failure after a success; a day of it pauses the subscription.
            em.createNativeQuery("update webhook_subscription set failing_since = coalesce(failing_since, now()),"
                            + " status = case when failing_since < now() - make_interval(secs => :pause) then 'paused' else status end,"
                            + " paused_reason = case when failing_since < now() - make_interval(secs => :pause) then"
                            + " 'Paused by the registry: every delivery has failed since '"
                            + " || to_char(failing_since at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
                            + " || ' (last: ' || :error || '). Fix the receiver, then set status to active.'"
                            + " else paused_reason end,"
                            + " version = version + case when failing_since is null"
                            + " or failing_since < now() - make_interval(secs => :pause) then 1 else 0 end"
                            + " where id = :subscription and status = 'active'")
                    .setParameter("pause", (double) config.webhooks().pauseAfter().toMillis() / 1000)
                    .setParameter("error", error.length() > 200 ? error.substring(0, 200) : error)
                    .setParameter("subscription", delivery.subscriptionId)
                    .executeUpdate();
        });
    }

    /** Seconds until the next attempt: base × 2^(attempts − 1), at most the maximum, less up to half at random. */
    double backoff(int attempts) {
        double full = Math.min(config.webhooks().backoffMax().toMillis(), config.webhooks().backoffBase().toMillis() * Math.pow(2, Math.max(0, attempts - 1)));
        return full * (0.5 + ThreadLocalRandom.current().nextDouble() * 0.5) / 1000;
    }
}
