package vn.antq.adminunit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitDetail;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitFilter;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitLabel;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitRef;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitSummary;
import vn.antq.adminunit.AdminUnitDtos.TypeChange;
import vn.antq.shared.error.ApiProblem;
import vn.antq.shared.error.Violations;
import vn.antq.shared.paging.ListQuery;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;
import vn.antq.shared.paging.SortKey;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Reads the administrative units of both eras, and is the one place that decides whether a record's
 * unit is acceptable and which units lie within another.
 */
@ApplicationScoped
public class AdminUnitService {

    /** The first day of the 2025 structure; the legacy structure ends the day before. */
    public static final LocalDate REFORM_DATE = LocalDate.of(2025, 7, 1);
    public static final Set<String> LEVELS = Set.of("province", "district", "commune");
    public static final Set<String> ERAS = Set.of(AdminUnitKey.LEGACY, AdminUnitKey.ERA_2025);

    public static final PageRequest.Sorts<AdminUnitSummary> SORTS = new PageRequest.Sorts<>(
            List.of(new SortKey<>("code", "e.id.code", String.class, AdminUnitSummary::code),
                    new SortKey<>("name", "e.name", String.class, AdminUnitSummary::name)),
            new SortKey<>("code", "e.id.code", String.class, AdminUnitSummary::code),
            new SortKey<>("key", "concat(e.id.era, ':', e.id.code)", String.class, u -> u.era() + ":" + u.code()));

    @Inject
    AdminUnitRepository units;


    @Inject
    UnitCatalog catalog;

    public Page<AdminUnitSummary> list(AdminUnitFilter filter, PageRequest<AdminUnitSummary> page) {
        if (filter.era() != null && filter.asOf() != null && !filter.era().equals(eraOn(filter.asOf()))) {
            throw ApiProblem.invalid("asOf", "falls in the " + eraOn(filter.asOf()) + " era, not in the requested era " + filter.era());
        }
        String era = filter.era() != null ? filter.era() : filter.asOf() != null ? eraOn(filter.asOf()) : null;
        AdminUnit parent = null;
        if (filter.parent() != null) {
            parent = units.findById(filter.parent());
            if (parent == null) {
                throw ApiProblem.invalid("parent", "no administrative unit " + filter.parent());
            }
        }
        Page<AdminUnitSummary> result = units.page(filter.level(), era, parent, filter.q(), page);
        LocalDate asOf = filter.asOf() != null ? filter.asOf() : LocalDate.now();
        return new Page<>(result.items().stream().map(u -> asOf(u, asOf)).toList(), result.nextCursor());
    }

    public AdminUnitDetail get(String era, String code, LocalDate asOf) {
        AdminUnit unit = units.findById(new AdminUnitKey(era, code));
        if (unit == null) {
            throw ApiProblem.notFound("administrative unit", era + ":" + code);
        }
        LocalDate date = asOf != null ? asOf : LocalDate.now();
        AdminUnitSummary state = asOf(summary(unit), date);
        AdminUnit parent = units.parent(unit);
        boolean legacy = era.equals(AdminUnitKey.LEGACY);
        List<TypeChange> changes = catalog.changes(unit.id).stream()
                .map(c -> new TypeChange(c.effectiveDate(), c.legalBasis(), c.fullNameBefore(), c.fullNameAfter(), c.typeBefore(), c.typeAfter()))
                .toList();
        return new AdminUnitDetail(state.era(), state.code(), state.level(), state.name(), state.fullName(), state.nameEn(),
                state.type(), state.typeEn(), state.provinceCode(), state.districtCode(), state.validFrom(), state.validTo(),
                parent == null ? null : AdminUnitLabel.of(parent),
                labels(units.children(unit)),
                legacy ? List.of() : labels(units.predecessors(unit)),
                legacy ? labels(units.successors(unit)) : List.of(),
                changes);
    }

    /** The unit a record names, or null (with a violation recorded) when it cannot be used. */
    public AdminUnit resolve(AdminUnitRef ref, String field, Violations violations) {
        if (ref == null || ref.era() == null || ref.code() == null) {
            return null;
        }
        AdminUnit unit = units.findById(ref.key());
        if (unit == null) {
            violations.add(field, "no administrative unit " + ref.era() + ":" + ref.code());
        }
        return unit;
    }

    /**
     * Checks that a record's unit existed during the record's own period: a record of 2013-2023 names
     * a legacy unit, one that starts after the reform names a 2025 unit.
     */
    public void checkEra(AdminUnit unit, LocalDate from, LocalDate to, String field, Violations violations) {
        if (unit != null && !unit.overlaps(from, to)) {
            String expected = to != null && to.isBefore(REFORM_DATE) ? AdminUnitKey.LEGACY : AdminUnitKey.ERA_2025;
            violations.add(field, "is a unit of the " + unit.id.era() + " era, which did not exist during the record's period; "
                    + "use a unit of the " + expected + " era");
        }
    }

    /**
     * The unit rule shared by every record that has a level: a central record names no unit; any other
     * names an existing unit of the matching level, of the era in which the record's period falls.
     */
    public void checkRecordUnit(Level level, AdminUnitRef ref, LocalDate from, LocalDate to, String field,
                                Violations violations) {
        if (level == null) {
            return;
        }
        String expectedLevel = level.unitLevel();
        if (expectedLevel == null) {
            if (ref != null) {
                violations.add(field, "must be absent for a central record");
            }
            return;
        }
        if (ref == null) {
            violations.add(field, "is required for a " + level + "-level record");
            return;
        }
        AdminUnit unit = resolve(ref, field, violations);
        if (unit == null) {
            return;
        }
        if (!unit.level.equals(expectedLevel)) {
            violations.add(field, "must be a " + expectedLevel + " for a " + level + "-level record, not a " + unit.level);
        }
        checkEra(unit, from, to, field, violations);
    }

    public AdminUnitLabel label(AdminUnitKey key) {
        if (key == null) {
            return null;
        }
        // From the catalogue in memory: a record's view names its unit on every read and write.
        AdminUnits.Unit unit = catalog.get(key);
        return unit == null ? null : new AdminUnitLabel(unit.era(), unit.code(), unit.level(), unit.fullName());
    }

    /**
     * A list filter that keeps records whose unit lies within {@code key}, everything under it included,
     * both eras (see {@link AdminUnits#scope(AdminUnitKey, String)}).
     */
    public ListQuery within(ListQuery query, AdminUnitKey key, String parameter) {
        return UnitScope.restrict(query, scope(key, parameter));
    }

    /**
     * Everything under {@code key}, both eras, for a list's repository to restrict its query with; null
     * for the whole country (see {@link AdminUnits#scope(AdminUnitKey, String)}).
     */
    public UnitScope scope(AdminUnitKey key, String parameter) {
        return catalog.units().scope(key, parameter);
    }

    public static String eraOn(LocalDate date) {
        return date.isBefore(REFORM_DATE) ? AdminUnitKey.LEGACY : AdminUnitKey.ERA_2025;
    }

    private static List<AdminUnitLabel> labels(List<AdminUnit> list) {
        return list.stream().map(AdminUnitLabel::of).toList();
    }

    private static AdminUnitSummary summary(AdminUnit u) {
        return new AdminUnitSummary(u.id.era(), u.id.code(), u.level, u.name, u.fullName, u.nameEn, u.type, u.typeEn,
                u.provinceCode, u.districtCode, u.validFrom, u.validTo);
    }

    /** The unit as it was on {@code date}: a later change of type is rolled back. */
    private AdminUnitSummary asOf(AdminUnitSummary u, LocalDate date) {
        List<UnitCatalog.TypeChange> later = catalog.changes(new AdminUnitKey(u.era(), u.code())).stream()
                .filter(c -> date.isBefore(c.effectiveDate())).toList();
        if (later.isEmpty()) {
            return u;
        }
        UnitCatalog.TypeChange first = later.get(0);
        return new AdminUnitSummary(u.era(), u.code(), u.level(), u.name(), first.fullNameBefore(), u.nameEn(),
                first.typeBefore(), first.typeEnBefore(), u.provinceCode(), u.districtCode(), u.validFrom(), u.validTo());
    }
}
