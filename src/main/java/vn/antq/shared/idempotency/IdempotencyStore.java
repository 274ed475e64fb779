package vn.antq.shared.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.antq.shared.config.AntqConfig;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The keys and their stored responses. Each step commits on its own, outside the request's write
 * transaction: the claim must be visible to a concurrent retry (on any replica) before the write starts.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** What a request with a key may do. */
    public enum Decision {
        /** The key is new (or its earlier use expired): run the request and store its response. */
        RUN,
        /** The key was used for this very request, which has been answered: give the same answer. */
        REPLAY,
        /** The key was used for this very request, which is still running. */
        RUNNING,
        /** The key was used for another request (another method, path or body). */
        REUSED
    }

    /** The decision, with the stored response to give again for {@link Decision#REPLAY}. */
    public record Outcome(Decision decision, IdempotentRequest stored) {
        static Outcome of(Decision decision) {
            return new Outcome(decision, null);
        }
    }

    @Inject
    AntqConfig config;

    @Inject
    IdempotencyRepository keys;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome begin(IdempotentRequest.Id id, String fingerprint) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (keys.claim(id, fingerprint, now, now.plus(config.idempotency().retention()), now.minus(config.idempotency().abandonedAfter()))) {
            return Outcome.of(Decision.RUN);
        }
        IdempotentRequest earlier = keys.findById(id);
        if (earlier == null) {
            // Purged between the two statements: the key is free again.
            return keys.claim(id, fingerprint, now, now.plus(config.idempotency().retention()), now.minus(config.idempotency().abandonedAfter())) ? Outcome.of(Decision.RUN) : Outcome.of(Decision.RUNNING);
        }
        if (!earlier.fingerprint.equals(fingerprint)) {
            return Outcome.of(Decision.REUSED);
        }
        return earlier.status == null ? Outcome.of(Decision.RUNNING) : new Outcome(Decision.REPLAY, earlier);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(IdempotentRequest.Id id, int status, String location, String etag, String contentType, byte[] body) {
        IdempotentRequest request = keys.findById(id);
        if (request != null) {
            request.status = status;
            request.location = location;
            request.etag = etag;
            request.contentType = contentType;
            request.body = body;
        }
    }

    /** Frees the key of a request that was not processed (not authorised, or failed on our side), so that it can be retried. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(IdempotentRequest.Id id) {
        keys.deleteById(id);
    }

    @Scheduled(every = "${antq.idempotency.purge-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgeExpired() {
        keys.purgeExpired(Instant.now());
    }
}
