package vn.antq.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.antq.record.RecordResource;
import vn.antq.record.RecordResponses;
import vn.antq.shared.http.QueryParams;
import vn.antq.shared.security.Roles;
import vn.antq.webhook.WebhookDtos.SubscriptionRequest;

import java.util.UUID;

/** Webhook subscriptions and their delivery logs. */
@Path("/api/v1/webhook-subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class WebhookResource extends RecordResource<SubscriptionRequest> {

    @Inject
    WebhookService service;

    @Override
    protected WebhookService service() {
        return service;
    }

    @GET
    public Response list(@QueryParam("sort") String sort, @QueryParam("limit") String limit,
                         @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        var page = new QueryParams().page(sort, limit, cursor, WebhookService.SORTS);
        return RecordResponses.page(uri, service.list(page), page.limit());
    }

    @GET
    @Path("{id}/deliveries")
    public Response deliveries(@PathParam("id") UUID id, @QueryParam("limit") String limit,
                               @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        var page = new QueryParams().page("-createdAt", limit, cursor, WebhookService.DELIVERY_SORTS);
        return RecordResponses.page(uri, service.deliveries(id, page), page.limit());
    }

    /** Only those who may see the subscription see its history. */
    @GET
    @Path("{id}/history")
    @Override
    public Response history(@PathParam("id") UUID id, @QueryParam("limit") String limit,
                            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        service.get(id);
        return super.history(id, limit, cursor, uri);
    }
}
