package vn.antq.festival;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.shared.error.ApiProblem;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

@ApplicationScoped
public class FestivalRepository implements PanacheRepositoryBase<Festival, UUID> {

    @Inject
    DataSource dataSource;

    /** The 2025 provinces each unit's records lie in; reference data, fixed while the service runs. */
    private final Map<AdminUnitKey, List<String>> provincesWithin = new ConcurrentHashMap<>();

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

    /**
     * The 2025 provinces in which records under {@code unit} (everything under it, both eras) lie;
     * 400 naming {@code parameter} for an unknown unit.
     */
    public List<String> provincesWithin(AdminUnitKey unit, String parameter) {
        List<String> provinces = provincesWithin.get(unit);
        if (provinces == null) {
            provinces = findProvincesWithin(unit);
            if (provinces.isEmpty()) {
                throw ApiProblem.invalid(parameter, "no administrative unit " + unit);
            }
            provincesWithin.put(unit, provinces);
        }
        return provinces;
    }

    private List<String> findProvincesWithin(AdminUnitKey unit) {
        String sql = "SELECT DISTINCT u.province_2025_code FROM admin_unit u WHERE (u.era = ? AND u.code = ?) "
                + "OR (u.era = 'legacy' AND ? = 'legacy' AND (u.province_code = ? OR u.district_code = ?)) "
                + "OR (u.era = 'legacy' AND ? = '2025' AND u.code IN (SELECT s.legacy_code FROM admin_unit_succession s WHERE s.new_code = ?)) "
                + "ORDER BY 1";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, unit.era());
            statement.setString(2, unit.code());
            statement.setString(3, unit.era());
            statement.setString(4, unit.code());
            statement.setString(5, unit.code());
            statement.setString(6, unit.era());
            statement.setString(7, unit.code());
            List<String> provinces = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    provinces.add(result.getString(1));
                }
            }
            return List.copyOf(provinces);
        } catch (SQLException e) {
            throw new IllegalStateException("provinces within " + unit, e);
        }
    }
}
