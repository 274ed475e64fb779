package vn.antq.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import vn.antq.statistics.StatisticsDtos.Report;
import vn.antq.shared.error.Violations;
import vn.antq.shared.http.QueryParameters;
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

    @Inject
    StatisticsService statistics;

    @Inject
    QueryParameters params;

    /**
     * One report as JSON (or CSV, by Accept): {@code safety}, {@code models}, {@code awards}, {@code festivals},
     * {@code campaigns} or {@code festival-activities}.
     */
    @GET
    @Path("{statistic: safety|models|awards|festivals|campaigns|festival-activities}")
    public Report report(@PathParam("statistic") String statistic, @BeanParam StatisticPeriod query, @Context UriInfo uri) {
        return compile(Statistic.named(statistic), query, uri);
    }

    /** The same report as CSV, for clients that cannot choose a representation by Accept. */
    @GET
    @Path("{statistic: safety|models|awards|festivals|campaigns|festival-activities}.csv")
    @Produces(ReportCsvWriter.CSV)
    public Report csv(@PathParam("statistic") String statistic, @BeanParam StatisticPeriod query, @Context UriInfo uri) {
        return compile(Statistic.named(statistic), query, uri);
    }

    private Report compile(Statistic statistic, StatisticPeriod query, UriInfo uri) {
        Violations violations = params.violations(uri, query);
        if (query.standard != null && statistic != Statistic.SAFETY) {
            violations.add("standard", "applies to the safety statistic only");
        }
        violations.throwIfAny();
        Period.Query period = query.query();
        return statistics.compile(statistic, period.structure(), period.unit(), period.fromYear(), period.toYear(), query.standard);
    }
}
