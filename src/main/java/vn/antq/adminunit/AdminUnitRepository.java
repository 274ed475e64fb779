package vn.antq.adminunit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitSummary;
import vn.antq.shared.paging.ListQuery;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;

import java.util.List;
import java.util.Map;

@ApplicationScoped
public class AdminUnitRepository implements PanacheRepositoryBase<AdminUnit, AdminUnitKey> {

    /** One page of units: of a level, of an era, children of {@code parent}, matching {@code q}; each when set. */
    public Page<AdminUnitSummary> page(String level, String era, AdminUnit parent, String q, PageRequest<AdminUnitSummary> page) {
        ListQuery query = new ListQuery()
                .filter("e.level = :level", "level", level)
                .filter("e.id.era = :era", "era", era)
                .search(q);
        if (parent != null) {
            String children = switch (parent.level) {
                case "province" -> "e.provinceCode = :parentCode and e.level = '"
                        + (parent.id.era().equals(AdminUnitKey.ERA_2025) ? "commune" : "district") + "'";
                case "district" -> "e.districtCode = :parentCode";
                default -> "e.level = 'none'"; // communes have no children
            };
            query.condition("e.id.era = :parentEra and " + children,
                    Map.of("parentEra", parent.id.era(), "parentCode", parent.id.code()));
        }
        return query.page(getEntityManager(), """
                select e.id.era, e.id.code, e.level, e.name, e.fullName, e.nameEn, e.type, e.typeEn, e.provinceCode,
                    e.districtCode, e.validFrom, e.validTo
                from AdminUnit e""", AdminUnitSummary.class, page);
    }

    /** Direct children: a 2025 province's communes, a legacy province's districts, a legacy district's communes. */
    public List<AdminUnit> children(AdminUnit unit) {
        if (unit.level.equals("province")) {
            String childLevel = unit.id.era().equals(AdminUnitKey.ERA_2025) ? "commune" : "district";
            return list("id.era = ?1 and provinceCode = ?2 and level = ?3 order by id.code",
                    unit.id.era(), unit.id.code(), childLevel);
        }
        if (unit.level.equals("district")) {
            return list("id.era = ?1 and districtCode = ?2 order by id.code", unit.id.era(), unit.id.code());
        }
        return List.of();
    }

    public AdminUnit parent(AdminUnit unit) {
        return switch (unit.level) {
            case "commune" -> findById(new AdminUnitKey(unit.id.era(),
                    unit.districtCode != null ? unit.districtCode : unit.provinceCode));
            case "district" -> findById(new AdminUnitKey(unit.id.era(), unit.provinceCode));
            default -> null;
        };
    }

    /** 2025 units that took over (part of) a legacy unit. */
    public List<AdminUnit> successors(AdminUnit unit) {
        return switch (unit.level) {
            case "province" -> list("id.era = '2025' and id.code = ?1", unit.province2025Code);
            case "district" -> find("""
                    from AdminUnit u where u.id.era = '2025' and u.id.code in (
                        select s.newCode from AdminUnitSuccession s where s.legacyCode = ?1
                           or s.legacyCode in (select c.id.code from AdminUnit c where c.id.era = 'legacy' and c.districtCode = ?1))
                    order by u.id.code""", unit.id.code()).list();
            default -> find("""
                    from AdminUnit u where u.id.era = '2025' and u.id.code in (
                        select s.newCode from AdminUnitSuccession s where s.legacyCode = ?1)
                    order by u.id.code""", unit.id.code()).list();
        };
    }

    /** Legacy units that a 2025 unit took over (in whole or in part). */
    public List<AdminUnit> predecessors(AdminUnit unit) {
        if (unit.level.equals("province")) {
            return list("id.era = 'legacy' and level = 'province' and province2025Code = ?1 order by id.code", unit.id.code());
        }
        return find("""
                from AdminUnit u where u.id.era = 'legacy' and u.id.code in (
                    select s.legacyCode from AdminUnitSuccession s where s.newCode = ?1)
                order by u.id.code""", unit.id.code()).list();
    }
}
