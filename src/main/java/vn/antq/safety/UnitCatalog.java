package vn.antq.safety;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.shared.security.Caller;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The administrative units of both eras and the legacy-to-2025 successions, held in memory: reference
 * data never changes while the service runs, and a bulk submission checks every row against it without
 * a query per row. The area rule is the one of {@link vn.antq.adminunit.AreaAccess}.
 */
@ApplicationScoped
public class UnitCatalog {

    public record Unit(String era, String code, String level, String typeEn, String fullName, String province2025,
                       LocalDate validFrom, LocalDate validTo) {

        public AdminUnitKey key() {
            return new AdminUnitKey(era, code);
        }

        public boolean legacy() {
            return era.equals(AdminUnitKey.LEGACY);
        }

        /** Whether the unit existed at some time within the calendar year. */
        public boolean existedIn(int year) {
            return (validFrom == null || !validFrom.isAfter(LocalDate.of(year, 12, 31)))
                    && (validTo == null || !validTo.isBefore(LocalDate.of(year, 1, 1)));
        }
    }

    @Inject
    EntityManager em;

    private volatile Map<AdminUnitKey, Unit> units;
    /** 2025 commune code -> the legacy communes it took over. */
    private volatile Map<String, Set<String>> tookOver;

    public Unit get(AdminUnitKey key) {
        return key == null ? null : units().get(key);
    }

    /** Whether the caller may write records in {@code unit} (admins everywhere, editors inside their areas). */
    public boolean mayWrite(Caller caller, Set<String> areas, AdminUnitKey key) {
        if (caller.isAdmin()) {
            return true;
        }
        Unit unit = get(key);
        if (unit == null) {
            return false;
        }
        for (String area : areas) {
            if (area.length() == 2 ? unit.province2025().equals(area)
                    : !unit.legacy() ? unit.code().equals(area)
                    : unit.level().equals("commune") && successions().getOrDefault(area, Set.of()).contains(unit.code())) {
                return true;
            }
        }
        return false;
    }

    private Map<AdminUnitKey, Unit> units() {
        Map<AdminUnitKey, Unit> loaded = units;
        if (loaded == null) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select era, code, level, type_en, full_name, province_2025_code, valid_from, valid_to from admin_unit""")
                    .getResultList();
            loaded = new HashMap<>(rows.size() * 2);
            for (Object[] r : rows) {
                Unit unit = new Unit((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                        toDate(r[6]), toDate(r[7]));
                loaded.put(unit.key(), unit);
            }
            units = Map.copyOf(loaded);
        }
        return loaded;
    }

    private Map<String, Set<String>> successions() {
        Map<String, Set<String>> loaded = tookOver;
        if (loaded == null) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select new_code, legacy_code from admin_unit_succession").getResultList();
            loaded = new HashMap<>();
            for (Object[] r : rows) {
                loaded.computeIfAbsent((String) r[0], k -> new HashSet<>()).add((String) r[1]);
            }
            tookOver = loaded;
        }
        return loaded;
    }

    private static LocalDate toDate(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        return ((java.sql.Date) value).toLocalDate();
    }
}
