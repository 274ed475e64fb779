package vn.antq.festival;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FestivalRepository implements PanacheRepositoryBase<Festival, UUID> {

    @Inject
    DataSource dataSource;

    /**
     * Where the sync feed stands for this snapshot (see V21__festival_writers_in_parallel.sql): the
     * transaction id below which festival positions are final, the newest change number, and the newest
     * transaction id the snapshot knows of (no token can name a later one).
     */
    public record FeedEnd(long horizon, long lastChange, long newestTx) {
    }

    public FeedEnd feedEnd() {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("SELECT record_change_horizon(), "
                + "coalesce((SELECT max(change_seq) FROM festival), 0), "
                + "pg_snapshot_xmax(pg_current_snapshot())::text::bigint").getSingleResult();
        return new FeedEnd(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue());
    }

    /**
     * A festival locked for the rest of the transaction. The row is locked with a plain {@code FOR UPDATE}
     * before the entity is read: Hibernate's own pessimistic read of an entity with joined element
     * collections locks them in a follow-on step that fails (NullPointerException in TableLock) when
     * several such reads run at once, which festival writers now do.
     */
    @Override
    public Optional<Festival> findByIdOptional(UUID id, LockModeType lockModeType) {
        if (lockModeType == LockModeType.PESSIMISTIC_WRITE) {
            List<?> locked = getEntityManager().createNativeQuery("SELECT 1 FROM festival WHERE id = ?1 FOR UPDATE")
                    .setParameter(1, id).getResultList();
            return locked.isEmpty() ? Optional.empty() : findByIdOptional(id);
        }
        return Optional.ofNullable(getEntityManager().find(Festival.class, id, lockModeType));
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
