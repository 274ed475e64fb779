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
import vn.antq.review.ReviewKind;
import vn.antq.shared.http.QueryParams;
import vn.antq.shared.security.Roles;
import vn.antq.statistics.IndicatorStatisticsDtos.Figure;
import vn.antq.statistics.IndicatorStatisticsDtos.Report;
import vn.antq.statistics.IndicatorStatisticsDtos.Row;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The figures of the accepted indicator reports for a unit and a period, one level down, with the
 * coverage of the level below and, where the registry holds records, the figures they give.
 */
@Path("/api/v1/statistics/indicators")
@Produces({MediaType.APPLICATION_JSON, StatisticsResource.CSV})
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class IndicatorStatisticsResource {

    private static final Set<String> KINDS = Arrays.stream(ReviewKind.values()).map(ReviewKind::toString).collect(Collectors.toSet());

    @Inject
    IndicatorStatisticsService statistics;

    @GET
    public Response indicators(@QueryParam("unit") String unit, @QueryParam("year") String year,
                               @QueryParam("fromYear") String fromYear, @QueryParam("toYear") String toYear,
                               @QueryParam("structure") String structure, @QueryParam("kind") String kind,
                               @Context HttpHeaders headers) {
        QueryParams params = new QueryParams();
        StatisticsResource.Query query = StatisticsResource.query(params, unit, year, fromYear, toYear, structure);
        String kindText = params.choice("kind", kind, KINDS);
        params.validate();
        Report report = statistics.compile(query.structure(), query.unit(), query.fromYear(), query.toYear(),
                kindText == null ? null : new ReviewKind.DatabaseValue().convertToEntityAttribute(kindText));
        if (StatisticsResource.wantsCsv(headers)) {
            return Response.ok(csv(report), StatisticsResource.CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + query.fileName("indicators") + "\"").build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON).build();
    }

    /** One line per figure: the row's section and area, then the figure. */
    static String csv(Report report) {
        StringBuilder out = new StringBuilder(
                "structure,fromYear,toYear,section,areaEra,areaCode,areaName,reports,indicator,reported,shareOf,ratio,recorded,difference\r\n");
        for (Row row : report.rows()) {
            for (Figure f : row.figures()) {
                out.append(report.structure()).append(',').append(report.fromYear()).append(',').append(report.toYear()).append(',')
                        .append(row.section()).append(',')
                        .append(row.area() == null ? "" : row.area().era()).append(',')
                        .append(row.area() == null ? "" : row.area().code()).append(',')
                        .append(row.area() == null ? "" : StatisticsResource.quote(row.area().fullName())).append(',')
                        .append(row.reports()).append(',').append(f.indicator()).append(',').append(f.reported()).append(',')
                        .append(f.shareOf() == null ? "" : f.shareOf()).append(',')
                        .append(f.ratio() == null ? "" : f.ratio().toPlainString()).append(',')
                        .append(f.recorded() == null ? "" : f.recorded()).append(',')
                        .append(f.difference() == null ? "" : f.difference()).append("\r\n");
            }
        }
        return out.toString();
    }
}
