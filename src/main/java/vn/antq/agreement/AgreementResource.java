package vn.antq.agreement;

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
import vn.antq.agreement.AgreementDtos.AgreementRequest;
import vn.antq.record.MirroredRecordResource;
import vn.antq.shared.http.PageParams;
import vn.antq.shared.security.Roles;


/** Coordination agreements between police, the Fatherland Front and member organizations. */
@Path("/api/v1/coordination-agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class AgreementResource extends MirroredRecordResource<AgreementRequest> {

    @Inject
    AgreementService service;

    @Override
    protected AgreementService service() {
        return service;
    }

    @GET
    public Response list(@BeanParam AgreementQuery query, @BeanParam PageParams page, @Context UriInfo uri) {
        return params.page(uri, query, page, AgreementService.SORTS, service::list);
    }
}
