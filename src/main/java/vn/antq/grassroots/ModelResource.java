package vn.antq.grassroots;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.antq.grassroots.ModelDtos.ModelRequest;
import vn.antq.record.ChangeDtos.ChangesPage;
import vn.antq.record.ChangeFeed;
import vn.antq.record.ChangeParams;
import vn.antq.record.MirroredRecordResource;
import vn.antq.shared.http.PageParams;
import vn.antq.shared.security.Roles;

/** Grassroots models of the movement (mô hình), with their derived totals and status history. */
@Path("/api/v1/models")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class ModelResource extends MirroredRecordResource<ModelRequest> {

    @Inject
    ModelService service;
    @Inject
    PointService points;

    @Override
    protected ModelService service() {
        return service;
    }

    @GET
    public Response list(@BeanParam ModelQuery query, @BeanParam PageParams page, @Context UriInfo uri) {
        return params.page(uri, query, page, ModelService.SORTS, service::list);
    }

    /** The change feed of every model's points (see {@link ChangeFeed}). */
    @GET
    @Path("points/changes")
    public ChangesPage<?> changesOfPoints(@BeanParam ChangeParams query, @Context UriInfo uri) {
        return feed.page(points, query, uri);
    }
}
