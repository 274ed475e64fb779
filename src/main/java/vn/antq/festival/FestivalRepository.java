package vn.antq.festival;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FestivalRepository implements PanacheRepositoryBase<Festival, UUID> {

    @Inject
    DataSource dataSource;

    /**
     * Takes the festival writers' lock for the rest of the transaction, before any festival row is
     * touched, so that festival writers queue in one order (see V7__festivals.sql).
     */
    public void lockWriters() {
        getEntityManager().createNativeQuery("SELECT festival_writers_lock()").getSingleResult();
    }

    /** The last festival change this reader can see; every change up to it is committed. */
    public long lastChange() {
        return ((Number) getEntityManager().createNativeQuery("SELECT coalesce(max(change_seq), 0) FROM festival")
                .getSingleResult()).longValue();
    }

    public List<String> liveReferencesTo(String jpql, UUID id) {
        return getEntityManager().createQuery(jpql, String.class).setParameter("id", id).getResultList();
    }

    /**
     * The cache tag of the festivals of some 2025 provinces (all when null) and years: the sum of their
     * cells' counters, each raised by every festival write (V12__festival_read_path.sql). Read straight
     * through the pool, without an ORM session: revalidation costs this one small look-up.
     */
    public long scheduleTag(List<String> provinces, int fromYear, int toYear) {
        String sql = "SELECT coalesce(sum(version), 0) FROM festival_schedule_tag WHERE year BETWEEN ? AND ?"
                + (provinces == null ? "" : " AND province = ANY (?)");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, fromYear);
            statement.setInt(2, toYear);
            if (provinces != null) {
                statement.setArray(3, connection.createArrayOf("varchar", provinces.toArray()));
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("festival cache tag", e);
        }
    }
}
