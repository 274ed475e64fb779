package vn.antq.document;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import vn.antq.document.DocumentDtos.CitationList;
import vn.antq.document.DocumentDtos.DocumentRequest;
import vn.antq.document.DocumentDtos.FileList;
import vn.antq.record.MirroredRecordResource;
import vn.antq.shared.error.Problem;
import vn.antq.shared.http.ETags;
import vn.antq.shared.http.PageParams;
import vn.antq.shared.security.Roles;

import java.io.InputStream;
import java.util.Arrays;
import java.util.UUID;

/** Documents (văn bản), their files and the records that cite them. */
@Path("/api/v1/documents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class DocumentResource extends MirroredRecordResource<DocumentRequest> {

    @Inject
    DocumentService service;
    @Inject
    DocumentFileService files;
    @Inject
    FileStore store;

    @Override
    protected DocumentService service() {
        return service;
    }

    @GET
    public Response list(@BeanParam DocumentQuery query, @BeanParam PageParams page, @Context UriInfo uri) {
        return params.page(uri, query, page, DocumentService.SORTS, service::list);
    }

    /** The live records that cite the document. */
    @GET
    @Path("{id}/citations")
    public CitationList citations(@PathParam("id") UUID id) {
        return new CitationList(service.citations(id));
    }

    /** The document's files; readable as its access says (a public document's without a token). */
    @GET
    @Path("{id}/files")
    @PermitAll
    public FileList files(@PathParam("id") UUID id) {
        return new FileList(files.list(id));
    }

    /** Adds a file: the raw body with its Content-Type and a Content-Disposition naming it. */
    @POST
    @Path("{id}/files")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response addFile(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                            @HeaderParam("Content-Disposition") String disposition,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, InputStream body, @Context UriInfo uri) {
        Long expected = ifMatch == null || ifMatch.isBlank() ? null : ETags.requiredVersion(ifMatch);
        var added = files.add(id, expected, contentType, disposition, body);
        return Response.created(uri.getAbsolutePathBuilder().path(added.file().id().toString()).path("content").build())
                .entity(added.file())
                .build();
    }

    /** Removes a file (kept in the history); If-Match names the document's version. */
    @DELETE
    @Path("{id}/files/{fileId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response removeFile(@PathParam("id") UUID id, @PathParam("fileId") UUID fileId,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        files.remove(id, fileId, ETags.requiredVersion(ifMatch));
        return Response.noContent().build();
    }

    /**
     * The file's bytes: ETag is its SHA-256, a single Range is answered with 206 (416 outside the file),
     * Content-Disposition carries the original name, and only a public document's files may be cached by others.
     */
    @GET
    @Path("{id}/files/{fileId}/content")
    @Produces(MediaType.WILDCARD)
    @PermitAll
    public Response content(@PathParam("id") UUID id, @PathParam("fileId") UUID fileId,
                            @HeaderParam("Range") String range, @HeaderParam("If-Range") String ifRange,
                            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, @Context UriInfo uri) {
        var readable = files.readable(id, fileId);
        DocumentFile file = readable.file();
        String etag = "\"" + file.sha256 + "\"";
        String cache = readable.isPublic() ? "public, max-age=3600" : "private, no-cache";
        if (ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag))) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, cache).build();
        }
        // If-Range with another validator: the whole file (it changed, for the client), never a part of it.
        ByteRange.Outcome outcome = ifRange != null && !ifRange.strip().equals(etag)
                ? new ByteRange.Whole() : ByteRange.of(range, file.size);
        Response.ResponseBuilder response;
        long from = 0;
        long length = file.size;
        if (outcome instanceof ByteRange.Unsatisfiable) {
            return Response.status(416).type(Problem.MEDIA_TYPE)
                    .entity(new Problem(DocumentProblems.RANGE_NOT_SATISFIABLE, "Range Not Satisfiable", 416,
                            "The range lies outside the file of " + file.size + " bytes.", uri.getPath(), null))
                    .header("Content-Range", "bytes */" + file.size)
                    .header(HttpHeaders.ETAG, etag)
                    .build();
        } else if (outcome instanceof ByteRange.Part part) {
            from = part.range().first();
            length = part.range().length();
            response = Response.status(206).header("Content-Range",
                    "bytes " + part.range().first() + "-" + part.range().last() + "/" + file.size);
        } else {
            response = Response.ok();
        }
        long start = from;
        long count = length;
        UUID content = file.contentId;
        StreamingOutput bytes = out -> store.read(content, start, count, out);
        return response.entity(bytes)
                .type(file.mediaType)
                .header(HttpHeaders.CONTENT_LENGTH, length)
                .header(HttpHeaders.ETAG, etag)
                .header("Accept-Ranges", "bytes")
                .header(HttpHeaders.CACHE_CONTROL, cache)
                .header("Content-Disposition", FileNames.attachment(file.filename))
                .build();
    }
}
