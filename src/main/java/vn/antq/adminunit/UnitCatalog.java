package vn.antq.adminunit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The administrative units, read once when the service starts: reference data never changes while it
 * runs (migrations load it), and lists, statistics, bulk submissions and the area rule then consult it
 * without a query per row.
 */
@Startup
@Singleton
public class UnitCatalog {

    /** A dated change of a unit's type and full name after its structure took effect (codes never change). */
    public record TypeChange(LocalDate effectiveDate, String legalBasis, String fullNameBefore, String fullNameAfter,
                             String typeBefore, String typeAfter, String typeEnBefore) {
    }

    private final AdminUnits units;
    private final Map<AdminUnitKey, List<TypeChange>> changes;

    @Inject
    UnitCatalog(AgroalDataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<AdminUnits.Unit> all = new ArrayList<>();
            try (ResultSet r = statement.executeQuery("""
                    select era, code, level, type_en, full_name, province_code, district_code, province_2025_code,
                           valid_from, valid_to from admin_unit""")) {
                while (r.next()) {
                    all.add(new AdminUnits.Unit(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getString(6), r.getString(7), r.getString(8), date(r.getDate(9)), date(r.getDate(10))));
                }
            }
            Map<String, Set<String>> successions = new HashMap<>();
            try (ResultSet r = statement.executeQuery("select new_code, legacy_code from admin_unit_succession")) {
                while (r.next()) {
                    successions.computeIfAbsent(r.getString(1), k -> new HashSet<>()).add(r.getString(2));
                }
            }
            Map<AdminUnitKey, List<TypeChange>> byUnit = new HashMap<>();
            try (ResultSet r = statement.executeQuery("""
                    select era, code, effective_date, legal_basis, full_name_before, full_name_after, type_before, type_after,
                           type_en_before from admin_unit_change order by effective_date""")) {
                while (r.next()) {
                    byUnit.computeIfAbsent(new AdminUnitKey(r.getString(1), r.getString(2)), k -> new ArrayList<>())
                            .add(new TypeChange(date(r.getDate(3)), r.getString(4), r.getString(5), r.getString(6),
                                    r.getString(7), r.getString(8), r.getString(9)));
                }
            }
            this.units = new AdminUnits(all, successions);
            byUnit.replaceAll((key, list) -> List.copyOf(list));
            this.changes = Map.copyOf(byUnit);
        }
    }

    /** The units and their rules. */
    public AdminUnits units() {
        return units;
    }

    public AdminUnits.Unit get(AdminUnitKey key) {
        return units.get(key);
    }

    /** The unit's dated changes of type, oldest first. */
    public List<TypeChange> changes(AdminUnitKey key) {
        return changes.getOrDefault(key, List.of());
    }

    private static LocalDate date(Date value) {
        return value == null ? null : value.toLocalDate();
    }
}
