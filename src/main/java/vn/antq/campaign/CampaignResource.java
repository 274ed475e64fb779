package vn.antq.campaign;

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
import vn.antq.campaign.CampaignDtos.CampaignRequest;
import vn.antq.record.MirroredRecordResource;
import vn.antq.shared.http.PageParams;
import vn.antq.shared.security.Roles;

/** Campaign launches (phát động), thematic campaigns and emulation pledges. */
@Path("/api/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class CampaignResource extends MirroredRecordResource<CampaignRequest> {

    @Inject
    CampaignService service;

    @Override
    protected CampaignService service() {
        return service;
    }

    @GET
    public Response list(@BeanParam CampaignQuery query, @BeanParam PageParams page, @Context UriInfo uri) {
        return params.page(uri, query, page, CampaignService.SORTS, service::list);
    }
}
