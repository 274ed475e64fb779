package vn.antq.statistics;

import jakarta.ws.rs.QueryParam;
import org.hibernate.validator.constraints.Range;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.Structure;
import vn.antq.shared.error.Violations;
import vn.antq.shared.http.QueryRules;

import java.util.function.Predicate;

import static vn.antq.shared.http.QueryParameters.BETWEEN;

/** The query parameters every statistic takes: the unit, a year or a range of years, the structure, and the CSV's BOM. */
public class Period implements QueryRules {

    /** The longest range of years one request may span. */
    static final int MAX_YEARS = 30;

    @QueryParam("unit") AdminUnitKey unit;
    @QueryParam("year") @Range(min = 2000, max = 2100, message = BETWEEN) Integer year;
    @QueryParam("fromYear") @Range(min = 2000, max = 2100, message = BETWEEN) Integer fromYear;
    @QueryParam("toYear") @Range(min = 2000, max = 2100, message = BETWEEN) Integer toYear;
    /** The deprecated name of {@code era}, still accepted. */
    @QueryParam("structure") Structure structure;
    /** Names the structure as the admin units do. */
    @QueryParam("era") Structure era;
    /** CSV only: start the file with a UTF-8 byte-order mark, so that Excel reads its diacritics right. */
    @QueryParam("bom") Boolean bom;

    @Override
    public void rules(Violations violations, Predicate<String> given) {
        if (era != null && structure != null && era != structure) {
            violations.add("structure", "must equal era when both are given (structure is the deprecated name of era)");
        }
        if (given.test("year") && (given.test("fromYear") || given.test("toYear"))) {
            violations.add("year", "must not be combined with fromYear or toYear");
        } else if (!given.test("year") && (!given.test("fromYear") || !given.test("toYear"))) {
            violations.add(given.test("fromYear") ? "toYear" : "fromYear", "is required (or give year alone)");
        } else if (fromYear != null && toYear != null) {
            if (toYear < fromYear) {
                violations.add("toYear", "must not be before fromYear");
            } else if (toYear - fromYear + 1 > MAX_YEARS) {
                violations.add("toYear", "must be at most " + MAX_YEARS + " years after fromYear");
            }
        }
    }

    /** The scope and period, once the parameters are checked. */
    Query query() {
        Structure named = era != null ? era : structure;
        return new Query(unit, named == null ? Structure.current : named, year != null ? year : fromYear,
                year != null ? year : toYear);
    }

    /** The scope and period every statistic is compiled for. */
    record Query(AdminUnitKey unit, Structure structure, int fromYear, int toYear) {
    }
}
