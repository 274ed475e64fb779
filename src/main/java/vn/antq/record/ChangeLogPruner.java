package vn.antq.record;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.antq.shared.config.AntqConfig;

/**
 * Keeps the change log from growing without end: deletes the rows that a later row of the same record
 * makes invisible to every reader (the rule is the database's, {@code record_change_prune}, V22). What a
 * feed answers, from any token and for any scope, is the same before and after. Every replica may run it;
 * an advisory lock lets one at a time do the work.
 */
@ApplicationScoped
public class ChangeLogPruner {

    /** The advisory lock that lets one replica prune at a time. */
    private static final long LOCK = 0x616e7471_70727531L;

    @Inject
    EntityManager em;
    @Inject
    AntqConfig config;

    @Scheduled(every = "${antq.changes.prune-every}", delayed = "${antq.changes.prune-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int removed = 0;
        int batch;
        do {
            batch = pruneBatch();
            removed += batch;
        } while (batch == config.changes().pruneBatch());
        if (removed > 0) {
            Log.infof("Change log: %d superseded rows pruned", removed);
        }
    }

    /**
     * Deletes at most one batch of superseded rows; answers how many were deleted (0 when another
     * replica is pruning).
     */
    @Transactional
    public int pruneBatch() {
        Boolean mine = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:lock)")
                .setParameter("lock", LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(mine)) {
            return 0;
        }
        return ((Number) em.createNativeQuery("select record_change_prune(:batch)")
                .setParameter("batch", config.changes().pruneBatch()).getSingleResult()).intValue();
    }
}
