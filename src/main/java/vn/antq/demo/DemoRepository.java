package vn.antq.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The demo loader's reads: the units it spreads records over, and what it has already loaded. */
@ApplicationScoped
public class DemoRepository {

    @Inject
    EntityManager em;

    /**
     * Whether everything the loader generates is already there, asked with plain JDBC on the connection
     * that ran the demo scripts: a second start then costs one query and no further start-up work.
     */
    static boolean generatedComplete(Connection connection, int comingYear) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                select (select count(*) from festival where year = ? and note = ? and deleted_at is null) >= ?
                   and (select count(*) from festival where year = ? and note = ? and deleted_at is null) >= ?
                   and exists (select 1 from safety_assessment where year = ? and note = ? and deleted_at is null)
                   and exists (select 1 from festival where year = ? and note = ? and deleted_at is null)""")) {
            statement.setInt(1, HaTinhFestivalDay2022.YEAR);
            statement.setString(2, HaTinhFestivalDay2022.NOTE);
            statement.setInt(3, HaTinhFestivalDay2022.POINTS);
            statement.setInt(4, comingYear);
            statement.setString(5, ComingFestivalDay.NOTE);
            statement.setInt(6, ComingFestivalDay.POINTS_PER_PROVINCE * ComingFestivalDay.PROVINCES.size());
            statement.setInt(7, LangSonSafety2022.YEAR);
            statement.setString(8, LangSonSafety2022.NOTE);
            statement.setInt(9, HoaBinhGreatUnityDay2022.YEAR);
            statement.setString(10, HoaBinhGreatUnityDay2022.NOTE);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** A province's units of one level and era that existed at some time between {@code from} and {@code to}, in code order. */
    List<DemoUnit> units(String era, String level, String province, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select u.era, u.code, u.full_name, u.type_en, u.district_code, d.full_name, u.province_code
                        from admin_unit u
                        left join admin_unit d on d.era = u.era and d.code = u.district_code and d.level = 'district'
                        where u.era = :era and u.level = :level and u.province_code = :province
                          and (u.valid_from is null or u.valid_from <= :to) and (u.valid_to is null or u.valid_to >= :from)
                        order by u.code""")
                .setParameter("era", era).setParameter("level", level).setParameter("province", province)
                .setParameter("from", from).setParameter("to", to)
                .getResultList();
        return rows.stream().map(r -> new DemoUnit((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6])).toList();
    }

    /** The last day of each legacy unit of a province (its valid_to), by code. */
    Map<String, LocalDate> lastDays(String province) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select code, valid_to from admin_unit where era = 'legacy' and province_code = :province and valid_to is not null""")
                .setParameter("province", province).getResultList();
        Map<String, LocalDate> days = new HashMap<>();
        for (Object[] r : rows) {
            days.put((String) r[0], r[1] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[1]);
        }
        return days;
    }

    /** Titles of a year's live festivals in a 2025 province (legacy units included). */
    Set<String> festivalTitles(int year, String province2025) {
        return new HashSet<>(em.createQuery("select f.title from Festival f where f.year = :year and f.unitProvince = :province",
                        String.class)
                .setParameter("year", year).setParameter("province", province2025).getResultList());
    }

    /** Live organizations carrying the demo's note, by name. */
    Map<String, UUID> organizationsNoted(String note) {
        Map<String, UUID> ids = new HashMap<>();
        for (Object[] r : em.createQuery("select o.name, o.id from Organization o where o.note = :note", Object[].class)
                .setParameter("note", note).getResultList()) {
            ids.put((String) r[0], (UUID) r[1]);
        }
        return ids;
    }

    /** Whether a year's live assessments include one carrying the demo's note. */
    boolean assessmentsNoted(int year, String note) {
        return !em.createQuery("select s.id from SafetyAssessment s where s.year = :year and s.note = :note", UUID.class)
                .setParameter("year", year).setParameter("note", note).setMaxResults(1).getResultList().isEmpty();
    }
}
