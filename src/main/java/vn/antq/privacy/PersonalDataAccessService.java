package vn.antq.privacy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import vn.antq.privacy.PersonalDataDtos.AccessEntry;
import vn.antq.privacy.PersonalDataDtos.AccessFilter;
import vn.antq.shared.config.AntqConfig;
import vn.antq.shared.paging.ListQuery;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;
import vn.antq.shared.paging.SortKey;

import java.time.Instant;
import java.util.List;

/** The log of who read personal data: the admins' list, and its retention. */
@ApplicationScoped
public class PersonalDataAccessService {

    private static final Logger LOG = Logger.getLogger(PersonalDataAccessService.class);

    private static final SortKey<AccessEntry> NEWEST = new SortKey<>("accessedAt", "e.accessedAt", Instant.class,
            AccessEntry::accessedAt);
    private static final SortKey<AccessEntry> ID = new SortKey<>("id", "e.id", Long.class, entry -> Long.valueOf(entry.id()));
    public static final PageRequest.Sorts<AccessEntry> SORTS = new PageRequest.Sorts<>(List.of(NEWEST), NEWEST, ID);

    @Inject
    EntityManager em;
    @Inject
    AntqConfig config;

    public Page<AccessEntry> list(AccessFilter filter, PageRequest<AccessEntry> page) {
        ListQuery query = new ListQuery()
                .filter("e.subject = :subject", "subject", filter.subject())
                .filter("e.recordId = :recordId", "recordId", filter.recordId())
                .filter("e.accessedAt >= :from", "from", filter.from())
                .filter("e.accessedAt < :to", "to", filter.to());
        return query.page(em, "select e.id, e.accessedAt, e.subject, e.client, e.operation, e.collection, e.recordId"
                + " from PersonalDataAccess e", AccessEntry.class, page);
    }

    @Scheduled(every = "${antq.personal-data.purge-every}", delayed = "${antq.personal-data.purge-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "personal-data-access-purge")
    void purgeOnSchedule() {
        purge();
    }

    /** Deletes the entries older than the retention (antq.personal-data.access-retention), in batches. */
    public int purge() {
        Instant before = Instant.now().minus(config.personalData().accessRetention());
        int total = 0;
        int removed;
        do {
            removed = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("delete from personal_data_access"
                            + " where id in (select id from personal_data_access where accessed_at < :before limit 5000)")
                    .setParameter("before", before).executeUpdate());
            total += removed;
        } while (removed == 5000);
        if (total > 0) {
            LOG.infof("Personal-data access log: %d entries older than the retention deleted", total);
        }
        return total;
    }
}
