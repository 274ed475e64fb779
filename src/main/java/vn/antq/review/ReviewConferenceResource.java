package vn.antq.review;

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
import vn.antq.record.MirroredRecordResource;
import vn.antq.review.ReviewDtos.ConferenceRequest;
import vn.antq.shared.http.PageParams;
import vn.antq.shared.security.Roles;


/** Review conferences (sơ kết, tổng kết, annual reviews) as records of their own. */
@Path("/api/v1/review-conferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class ReviewConferenceResource extends MirroredRecordResource<ConferenceRequest> {


    @Inject
    ReviewConferenceService service;

    @Override
    protected ReviewConferenceService service() {
        return service;
    }

    @GET
    public Response list(@BeanParam ConferenceQuery query, @BeanParam PageParams page, @Context UriInfo uri) {
        return params.page(uri, query, page, ReviewConferenceService.SORTS, service::list);
    }
}
