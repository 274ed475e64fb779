package vn.antq.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.Structure;
import vn.antq.safety.Standard;
import vn.antq.statistics.StatisticsDtos.Report;
import vn.antq.shared.http.QueryParams;
import vn.antq.shared.security.Roles;

/**
 * The figures provinces report upward, compiled from the registry: the safety standard, grassroots
 * models, awards, festival days and campaign launches, for a unit and a year or a range of years, as JSON, as CSV
 * or as an Excel workbook (by Accept).
 */
@Path("/api/v1/statistics")
@Produces({MediaType.APPLICATION_JSON, ReportCsvWriter.CSV, Workbooks.XLSX})
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class StatisticsResource {

    /** The longest range of years one request may span. */
    static final int MAX_YEARS = 30;

    @Inject
    StatisticsService statistics;

    /**
     * One report as JSON (or CSV, by Accept): {@code safety}, {@code models}, {@code awards}, {@code festivals},
     * {@code campaigns} or {@code festival-activities}.
     */
    @GET
    @Path("{statistic: safety|models|awards|festivals|campaigns|festival-activities}")
    public Report report(@PathParam("statistic") String statistic, @BeanParam Period period) {
        return compile(Statistic.named(statistic), period);
    }

    /** The same report as CSV, for clients that cannot choose a representation by Accept. */
    @GET
    @Path("{statistic: safety|models|awards|festivals|campaigns|festival-activities}.csv")
    @Produces(ReportCsvWriter.CSV)
    public Report csv(@PathParam("statistic") String statistic, @BeanParam Period period) {
        return compile(Statistic.named(statistic), period);
    }

    /** The query parameters every report takes. */
    public static class Period {
        @QueryParam("unit")
        String unit;
        @QueryParam("year")
        String year;
        @QueryParam("fromYear")
        String fromYear;
        @QueryParam("toYear")
        String toYear;
        @QueryParam("structure")
        String structure;
        @QueryParam("era")
        String era;
        /** CSV only: start the file with a UTF-8 byte-order mark, so that Excel reads its diacritics right. */
        @QueryParam("bom")
        String bom;

        /** The safety statistic's standard (default antt_safe); no other statistic takes it. */
        @QueryParam("standard")
        String standard;
    }

    private Report compile(Statistic statistic, Period period) {
        QueryParams params = new QueryParams();
        Query query = query(params, period.unit, period.year, period.fromYear, period.toYear, period.structure, period.era);
        params.bool("bom", period.bom);
        Standard standard = null;
        if (period.standard != null && statistic != Statistic.SAFETY) {
            params.violation("standard", "applies to the safety statistic only");
        } else {
            standard = params.oneOf("standard", period.standard, Standard.class);
        }
        params.validate();
        return statistics.compile(statistic, query.structure(), query.unit(), query.fromYear(), query.toYear(), standard);
    }

    /** The scope and period every statistic is compiled for, as the query parameters give them. */
    record Query(AdminUnitKey unit, Structure structure, int fromYear, int toYear) {
    }

    /**
     * Parses the parameters every statistic takes into {@code params}; the caller adds its own, then calls
     * {@code params.validate()} before using the query, so that every bad parameter is reported at once.
     */
    static Query query(QueryParams params, String unitText, String yearText, String fromText, String toText,
                       String structureText, String eraText) {
        AdminUnitKey unit = AdminUnitKey.parse(unitText, "unit", params);
        Integer year = params.integer("year", yearText, 2000, 2100);
        Integer from = params.integer("fromYear", fromText, 2000, 2100);
        Integer to = params.integer("toYear", toText, 2000, 2100);
        // era names the structure as the admin units do; structure is its deprecated name, still accepted.
        String named = eraText != null ? eraText : structureText;
        Structure structure = named == null ? Structure.current : Structure.parse(named);
        if (structure == null) {
            params.violation(eraText != null ? "era" : "structure", "must be 2025 or legacy");
        }
        if (eraText != null && structureText != null && !eraText.equals(structureText)) {
            params.violation("structure", "must equal era when both are given (structure is the deprecated name of era)");
        }
        if (yearText != null && (fromText != null || toText != null)) {
            params.violation("year", "must not be combined with fromYear or toYear");
        } else if (yearText == null && (fromText == null || toText == null)) {
            params.violation(fromText == null ? "fromYear" : "toYear", "is required (or give year alone)");
        } else if (from != null && to != null) {
            if (to < from) {
                params.violation("toYear", "must not be before fromYear");
            } else if (to - from + 1 > MAX_YEARS) {
                params.violation("toYear", "must be at most " + MAX_YEARS + " years after fromYear");
            }
        }
        if (year == null && (from == null || to == null)) {
            return null;
        }
        return new Query(unit, structure, year != null ? year : from, year != null ? year : to);
    }
}
