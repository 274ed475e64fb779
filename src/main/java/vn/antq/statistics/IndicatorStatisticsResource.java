package vn.antq.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import vn.antq.shared.http.QueryParameters;
import vn.antq.shared.security.Roles;
import vn.antq.statistics.IndicatorStatisticsDtos.Report;


/**
 * The figures of the accepted indicator reports for a unit and a period, one level down, with the
 * coverage of the level below and, where the registry holds records, the figures they give.
 */
@Path("/api/v1/statistics/indicators")
@Produces({MediaType.APPLICATION_JSON, ReportCsvWriter.CSV, Workbooks.XLSX})
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class IndicatorStatisticsResource {

    @Inject
    IndicatorStatisticsService statistics;

    @Inject
    QueryParameters params;

    @GET
    public Report indicators(@BeanParam IndicatorPeriod query, @Context UriInfo uri) {
        return compile(query, uri);
    }

    Report compile(IndicatorPeriod query, UriInfo uri) {
        params.check(uri, query);
        Period.Query period = query.query();
        return statistics.compile(period.structure(), period.unit(), period.fromYear(), period.toYear(), query.kind);
    }
}
