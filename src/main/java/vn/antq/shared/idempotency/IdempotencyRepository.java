package vn.antq.shared.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

@ApplicationScoped
public class IdempotencyRepository implements PanacheRepositoryBase<IdempotentRequest, IdempotentRequest.Id> {

    /**
     * Claims the key for a new request in one statement, so that of concurrent requests with one key
     * exactly one wins: inserted when new, taken over when the earlier use has expired or was abandoned
     * (still running after {@code abandonedBefore}, e.g. its replica stopped). True when claimed.
     */
    public boolean claim(IdempotentRequest.Id id, String fingerprint, Instant now, Instant expiresAt, Instant abandonedBefore) {
        return !getEntityManager().createNativeQuery("""
                        insert into idempotency_key (caller, key, fingerprint, started_at, expires_at)
                        values (:caller, :key, :fingerprint, :now, :expiresAt)
                        on conflict (caller, key) do update
                            set fingerprint = excluded.fingerprint, started_at = excluded.started_at,
                                expires_at = excluded.expires_at, status = null, location = null, etag = null,
                                content_type = null, body = null
                            where idempotency_key.expires_at <= :now
                               or (idempotency_key.status is null and idempotency_key.started_at < :abandonedBefore)
                        returning 1""")
                .setParameter("caller", id.caller())
                .setParameter("key", id.key())
                .setParameter("fingerprint", fingerprint)
                .setParameter("now", now)
                .setParameter("expiresAt", expiresAt)
                .setParameter("abandonedBefore", abandonedBefore)
                .getResultList().isEmpty();
    }

    public long purgeExpired(Instant now) {
        return delete("expiresAt <= ?1", now);
    }
}
