package vn.antq.festival;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.antq.festival.FestivalDtos.FestivalRequest;
import vn.antq.record.RecordWriteResource;
import vn.antq.shared.http.JsonMergePatch;
import vn.antq.shared.security.Roles;

import java.util.UUID;

/**
 * Festival days as records: an editor's (within their areas) or an admin's writes, and the history, which
 * needs a token. The public reads of the same path (the schedule, a festival by id, the calendar and the
 * sync feed) are the schedule's ({@code vn.antq.schedule.ScheduleResource}), which hears of every committed
 * write through {@link FestivalWritten}.
 */
@Path("/api/v1/festivals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class FestivalResource extends RecordWriteResource<FestivalRequest> {

    @Inject
    FestivalService service;

    @Context
    HttpHeaders headers;

    @Override
    protected FestivalService service() {
        return service;
    }

    @PUT
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Override
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, FestivalRequest body) {
        requireJson(headers);
        return super.update(id, ifMatch, body);
    }

    @PATCH
    @Path("{id}")
    @Consumes(JsonMergePatch.MEDIA_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Override
    public Response patch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        requireJson(headers);
        return super.patch(id, ifMatch, patch);
    }

    /**
     * A festival's own path also serves text/calendar, and with two producers on one path the framework
     * routes an Accept that neither serves to the JSON methods instead of refusing it: refuse it here,
     * before any work, with the 406 every other operation gives.
     */
    public static void requireJson(HttpHeaders headers) {
        if (headers.getAcceptableMediaTypes().stream().noneMatch(MediaType.APPLICATION_JSON_TYPE::isCompatible)) {
            throw new NotAcceptableException();
        }
    }
}
