package vn.antq.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.antq.record.RecordResource;
import vn.antq.shared.http.CursorParams;
import vn.antq.shared.http.PageParams;
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
    public Response list(@BeanParam PageParams page, @Context UriInfo uri) {
        return params.page(uri, page, WebhookService.SORTS, page.sort(), service::list);
    }

    @GET
    @Path("{id}/deliveries")
    public Response deliveries(@PathParam("id") UUID id, @BeanParam CursorParams page, @Context UriInfo uri) {
        return params.page(uri, page, WebhookService.DELIVERY_SORTS, "-createdAt", p -> service.deliveries(id, p));
    }

    /** Only those who may see the subscription see its history. */
    @GET
    @Path("{id}/history")
    @Override
    public Response history(@PathParam("id") UUID id, @BeanParam CursorParams paging, @Context UriInfo uri) {
        service.get(id);
        return super.history(id, paging, uri);
    }
}
