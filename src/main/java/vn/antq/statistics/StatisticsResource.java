package vn.antq.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.Structure;
import vn.antq.statistics.StatisticsDtos.Report;
import vn.antq.statistics.StatisticsDtos.Row;
import vn.antq.shared.http.QueryParams;
import vn.antq.shared.security.Roles;

/**
 * The figures provinces report upward, compiled from the registry: the safety standard, grassroots
 * models, awards and festival days, for a unit and a year or a range of years, as JSON or as CSV.
 */
@Path("/api/v1/statistics")
@Produces({MediaType.APPLICATION_JSON, StatisticsResource.CSV})
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class StatisticsResource {

    public static final String CSV = "text/csv";
    /** The longest range of years one request may span. */
    static final int MAX_YEARS = 30;

    @Inject
    StatisticsService statistics;

    @GET
    @Path("safety")
    public Response safety(@QueryParam("unit") String unit, @QueryParam("year") String year, @QueryParam("fromYear") String fromYear,
                           @QueryParam("toYear") String toYear, @QueryParam("structure") String structure,
                           @Context HttpHeaders headers) {
        return compile(Statistic.SAFETY, unit, year, fromYear, toYear, structure, headers);
    }

    @GET
    @Path("models")
    public Response models(@QueryParam("unit") String unit, @QueryParam("year") String year, @QueryParam("fromYear") String fromYear,
                           @QueryParam("toYear") String toYear, @QueryParam("structure") String structure,
                           @Context HttpHeaders headers) {
        return compile(Statistic.MODELS, unit, year, fromYear, toYear, structure, headers);
    }

    @GET
    @Path("awards")
    public Response awards(@QueryParam("unit") String unit, @QueryParam("year") String year, @QueryParam("fromYear") String fromYear,
                           @QueryParam("toYear") String toYear, @QueryParam("structure") String structure,
                           @Context HttpHeaders headers) {
        return compile(Statistic.AWARDS, unit, year, fromYear, toYear, structure, headers);
    }

    @GET
    @Path("festivals")
    public Response festivals(@QueryParam("unit") String unit, @QueryParam("year") String year,
                              @QueryParam("fromYear") String fromYear, @QueryParam("toYear") String toYear,
                              @QueryParam("structure") String structure, @Context HttpHeaders headers) {
        return compile(Statistic.FESTIVALS, unit, year, fromYear, toYear, structure, headers);
    }

    /** The scope and period every statistic is compiled for, as the query parameters give them. */
    record Query(AdminUnitKey unit, Structure structure, int fromYear, int toYear) {

        String fileName(String statistic) {
            return statistic + "-" + fromYear + (toYear == fromYear ? "" : "-" + toYear) + ".csv";
        }
    }

    /**
     * Parses the parameters every statistic takes into {@code params}; the caller adds its own, then calls
     * {@code params.validate()} before {@link #query}, so that every bad parameter is reported at once.
     */
    static Query query(QueryParams params, String unitText, String yearText, String fromText, String toText,
                       String structureText) {
        AdminUnitKey unit = AdminUnitKey.parse(unitText, "unit", params);
        Integer year = params.integer("year", yearText, 2000, 2100);
        Integer from = params.integer("fromYear", fromText, 2000, 2100);
        Integer to = params.integer("toYear", toText, 2000, 2100);
        Structure structure = structureText == null ? Structure.current : Structure.parse(structureText);
        if (structure == null) {
            params.violation("structure", "must be 2025 or legacy");
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

    private Response compile(Statistic statistic, String unitText, String yearText, String fromText, String toText,
                             String structureText, HttpHeaders headers) {
        QueryParams params = new QueryParams();
        Query query = query(params, unitText, yearText, fromText, toText, structureText);
        params.validate();
        Report report = statistics.compile(statistic, query.structure(), query.unit(), query.fromYear(), query.toYear());
        if (wantsCsv(headers)) {
            return Response.ok(csv(report), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + query.fileName(statistic.name()) + "\"").build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON).build();
    }

    /** CSV only when the client ranks it above JSON (a browser's or curl's wildcard gets JSON). */
    static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType() || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (!type.isWildcardSubtype() && type.getType().equals("text") && type.getSubtype().equals("csv")) {
                return true;
            }
        }
        return false;
    }

    /** The same rows, flat: one line each, the area as era, code and name, then every measure. */
    static String csv(Report report) {
        StringBuilder out = new StringBuilder("statistic,structure,section,year,areaEra,areaCode,areaName,dimension,key");
        for (String measure : report.measures()) {
            out.append(',').append(measure);
        }
        out.append("\r\n");
        for (Row row : report.rows()) {
            out.append(report.statistic()).append(',').append(report.structure()).append(',').append(row.section()).append(',')
                    .append(row.year() == null ? "" : row.year()).append(',')
                    .append(row.area() == null ? "" : row.area().era()).append(',')
                    .append(row.area() == null ? "" : row.area().code()).append(',')
                    .append(row.area() == null ? "" : quote(row.area().fullName())).append(',')
                    .append(row.dimension() == null ? "" : row.dimension()).append(',')
                    .append(row.key() == null ? "" : row.key());
            for (String measure : report.measures()) {
                Number value = row.values().get(measure);
                out.append(',').append(value == null ? "" : value);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    static String quote(String value) {
        if (value == null) {
            return "";
        }
        return value.indexOf(',') < 0 && value.indexOf('"') < 0 ? value : '"' + value.replace("\"", "\"\"") + '"';
    }
}
