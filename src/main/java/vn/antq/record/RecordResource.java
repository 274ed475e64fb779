package vn.antq.record;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.util.UUID;

/**
 * The HTTP shape every registry record shares: read with ETag and 304, and the writes and history of
 * {@link RecordWriteResource}. A resource adds its path, its roles for reads and its list with the filters
 * that fit it.
 *
 * @param <R> the create/replace request body
 */
public abstract class RecordResource<R> extends RecordWriteResource<R> {

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        return RecordResponses.ok(request, service().get(id));
    }
}
