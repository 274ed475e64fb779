package vn.antq.festival;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import vn.antq.adminunit.UnitScope;
import vn.antq.festival.FestivalDtos.FestivalSummary;
import vn.antq.festival.FestivalDtos.ScheduleFilter;
import vn.antq.record.RecordRepository;
import vn.antq.shared.paging.ListQuery;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

@ApplicationScoped
public class FestivalRepository implements RecordRepository<Festival> {

    private static final double KM_PER_DEGREE = 111.2;
    /** Great-circle distance from the requested point, in km (earthdistance extension). */
    public static final String DISTANCE_KM = "(cast(function('earth_distance', function('ll_to_earth', :nearLat, :nearLon), "
            + "function('ll_to_earth', e.latitude, e.longitude)) as Double) / 1000.0)";

    /** One page of the schedule, within {@code scope} (null: the whole country); its units named by era and code only. */
    public Page<FestivalSummary> page(ScheduleFilter filter, UnitScope scope, PageRequest<FestivalSummary> page) {
        ListQuery query = new ListQuery()
                .filter("e.endsAt >= :fromInstant", "fromInstant", filter.from() == null ? null : VietnamTime.startOfDay(filter.from()))
                // Implied by the one above and the longest duration; it lets the index on starts_at bound the scan.
                .filter("e.startsAt >= :earliestStart", "earliestStart",
                        filter.from() == null ? null : VietnamTime.startOfDay(filter.from()).minus(Festival.LONGEST))
                .filter("e.startsAt < :toInstant", "toInstant", filter.to() == null ? null : VietnamTime.startOfDay(filter.to().plusDays(1)))
                .filter("e.status = :status", "status", filter.status())
                .filter("e.year = :year", "year", filter.year())
                .filter("e.kind = :kind", "kind", filter.kind())
                .search(filter.q());
        UnitScope.restrict(query, scope);
        if (filter.bbox() != null) {
            // The index on (latitude, longitude) bounds the scan by the latitudes.
            FestivalDtos.Box box = filter.bbox();
            query.condition("e.latitude between :south and :north and " + (box.west() <= box.east()
                    ? "e.longitude between :west and :east" : "(e.longitude >= :west or e.longitude <= :east)"),
                    Map.of("south", box.south(), "north", box.north(), "west", box.west(), "east", box.east()));
        }
        String distance = "cast(null as Double)";
        if (filter.near() != null) {
            FestivalDtos.Near near = filter.near();
            double latitudeSpan = near.radiusKm() / KM_PER_DEGREE;
            double longitudeSpan = near.radiusKm() / (KM_PER_DEGREE * Math.max(0.01, Math.cos(Math.toRadians(near.latitude()))));
            query.condition("e.latitude between :minLat and :maxLat and e.longitude between :minLon and :maxLon and "
                    + DISTANCE_KM + " <= :radiusKm", Map.of(
                    "minLat", near.latitude() - latitudeSpan, "maxLat", near.latitude() + latitudeSpan,
                    "minLon", near.longitude() - longitudeSpan, "maxLon", near.longitude() + longitudeSpan,
                    "nearLat", near.latitude(), "nearLon", near.longitude(), "radiusKm", near.radiusKm()));
            distance = DISTANCE_KM;
        }
        // Only festival columns, all in festival_schedule_idx (V23, widened by V80): a province's page is an index-only scan.
        // The units are labelled from the catalogue in memory by the caller.
        return query.page(getEntityManager(), "select e.id, e.title, e.startsAt, e.endsAt, "
                + "e.status, e.unit.era, e.unit.code, e.localArea, e.venueName, e.latitude, e.longitude, "
                + distance + ", e.version, e.updatedAt, e.kind, e.activityKinds from Festival e", FestivalSummary.class, page);
    }

    @Inject
    DataSource dataSource;

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
