package vn.antq.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import vn.antq.record.RecordRepository;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CampaignRepository implements RecordRepository<Campaign> {

    private static final String NAMED = "concat('campaign ', c.title, ' (', cast(c.id as String), ')')";

    /** Whether the indicator report is live, locking it against deletion until the caller's transaction ends. */
    public boolean lockLiveReport(UUID id) {
        return !getEntityManager()
                .createNativeQuery("select id from indicator_report where id = :id and deleted_at is null for share")
                .setParameter("id", id)
                .getResultList().isEmpty();
    }

    public List<String> referringToOrganization(UUID id) {
        return liveReferencesTo("select " + NAMED + " from Campaign c where :id member of c.organizerIds", id);
    }

    public List<String> referringToIndicatorReport(UUID id) {
        return liveReferencesTo("select " + NAMED + " from Campaign c where c.indicatorReportId = :id", id);
    }
}
