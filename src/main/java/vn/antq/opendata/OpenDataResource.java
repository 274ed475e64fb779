package vn.antq.opendata;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.antq.shared.config.AntqConfig;
import vn.antq.shared.error.ApiProblem;
import vn.antq.shared.http.CsvFiles;

import java.util.Date;
import java.util.List;

/**
 * Open data, without a token: a Frictionless Data Package that lists per-year CSV files of the festival
 * schedule and of the country's statistics (aggregates only, no personal data), under an open licence.
 */
@Path("/api/v1/open-data")
@PermitAll
public class OpenDataResource {

    @Inject
    OpenDataService openData;
    @Inject
    AntqConfig config;

    /** The catalogue ({@code datapackage.json}). */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response catalogue(@Context UriInfo uri) {
        String base = uri.getBaseUriBuilder().path("api/v1/open-data").build().toString();
        AntqConfig.OpenData settings = config.openData();
        OpenDataDtos.DataPackage body = new OpenDataDtos.DataPackage("antq-open-data",
                "ANTQ registry open data (Dữ liệu mở phong trào Toàn dân bảo vệ an ninh Tổ quốc)",
                "Per-year files of the All-People National Security Protection movement's registry: the public festival schedule "
                        + "and the country's aggregate statistics (safety standard, grassroots models, awards, festival days, movement "
                        + "launches, accepted indicator reports). Counts and public schedule items only: no personal data.",
                base,
                List.of(new OpenDataDtos.Licence(settings.licence(), settings.licenceTitle(), settings.licencePath())),
                List.of(new OpenDataDtos.Source("ANTQ registry API", uri.getBaseUriBuilder().path("q/openapi").build().toString())),
                List.of("ANTQ", "an ninh Tổ quốc", "ngày hội", "statistics", "Vietnam"),
                openData.resources(base));
        return Response.ok(body).cacheControl(cache()).build();
    }

    /** One file, as the catalogue names it ({@code statistics-safety-2022.csv}). */
    @GET
    @Path("{file}")
    @Produces(CsvFiles.CSV)
    public Response file(@PathParam("file") String name, @Context Request request) {
        OpenDataService.File file = openData.file(name);
        if (file == null) {
            throw ApiProblem.notFound("open-data file", name);
        }
        EntityTag tag = new EntityTag(file.etag());
        Date lastModified = Date.from(file.lastModified());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(lastModified, tag);
        if (notModified != null) {
            return notModified.tag(tag).lastModified(lastModified).cacheControl(cache()).build();
        }
        return Response.ok(file.body(), CsvFiles.CSV + "; charset=UTF-8").tag(tag).lastModified(lastModified).cacheControl(cache())
                .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"").build();
    }

    private CacheControl cache() {
        return CacheControl.valueOf("public, max-age=" + config.openData().cacheMaxAge());
    }
}
