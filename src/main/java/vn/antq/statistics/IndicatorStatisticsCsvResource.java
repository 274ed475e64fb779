package vn.antq.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import vn.antq.shared.security.Roles;
import vn.antq.statistics.IndicatorStatisticsDtos.Report;

/** The indicator statistics as CSV under their own address, so that a typed client reaches the CSV (as a file). */
@Path("/api/v1/statistics/indicators.csv")
@Produces(ReportCsvWriter.CSV)
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class IndicatorStatisticsCsvResource {

    @Inject
    IndicatorStatisticsResource statistics;

    @GET
    public Report indicatorsCsv(@BeanParam IndicatorPeriod query, @Context UriInfo uri) {
        return statistics.compile(query, uri);
    }
}
