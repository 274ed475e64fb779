package vn.antq.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.antq.review.ReviewKind;
import vn.antq.shared.http.QueryParams;
import vn.antq.shared.security.Roles;
import vn.antq.statistics.IndicatorStatisticsDtos.Report;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The figures of the accepted indicator reports for a unit and a period, one level down, with the
 * coverage of the level below and, where the registry holds records, the figures they give.
 */
@Path("/api/v1/statistics/indicators")
@Produces({MediaType.APPLICATION_JSON, ReportCsvWriter.CSV, Workbooks.XLSX})
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class IndicatorStatisticsResource {

    private static final Set<String> KINDS = Arrays.stream(ReviewKind.values()).map(ReviewKind::toString).collect(Collectors.toSet());

    @Inject
    IndicatorStatisticsService statistics;

    @GET
    public Report indicators(@QueryParam("unit") String unit, @QueryParam("year") String year,
                               @QueryParam("fromYear") String fromYear, @QueryParam("toYear") String toYear,
                               @QueryParam("structure") String structure, @QueryParam("era") String era, @QueryParam("kind") String kind,
                               @QueryParam("bom") String bom) {
        return compile(unit, year, fromYear, toYear, structure, era, kind, bom);
    }

    Report compile(String unit, String year, String fromYear, String toYear, String structure, String era, String kind,
                   String bom) {
        QueryParams params = new QueryParams();
        params.bool("bom", bom);
        StatisticsResource.Query query = StatisticsResource.query(params, unit, year, fromYear, toYear, structure, era);
        String kindText = params.choice("kind", kind, KINDS);
        params.validate();
        return statistics.compile(query.structure(), query.unit(), query.fromYear(), query.toYear(),
                kindText == null ? null : new ReviewKind.DatabaseValue().convertToEntityAttribute(kindText));
    }
}
