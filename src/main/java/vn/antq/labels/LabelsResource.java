package vn.antq.labels;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.antq.shared.http.QueryParameters;
import vn.antq.shared.i18n.Labels;
import vn.antq.shared.i18n.Language;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The labels of every enumeration of the contract in Vietnamese or English, so that an application shows
 * {@code Khu dân cư} for {@code residential_area} without typing the labels again. Public, and cacheable:
 * the labels change only with a release, and the ETag says whether they did.
 */
@Path("/api/v1/labels")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class LabelsResource {

    /** The body and its tag per language, made once. */
    private final Map<Language, byte[]> bodies = new EnumMap<>(Language.class);
    private final Map<Language, EntityTag> tags = new EnumMap<>(Language.class);

    @Inject
    ObjectMapper mapper;

    @Inject
    QueryParameters params;

    public record LabelCatalogue(String lang, Map<String, Map<String, String>> enums) {
    }

    @GET
    public Response labels(@BeanParam LabelsQuery query, @Context HttpHeaders headers, @Context Request request,
                           @Context UriInfo uri) {
        params.check(uri, query);
        Language language = query.lang == null ? Language.preferred(headers.getAcceptableLanguages()) : query.language();
        byte[] body = body(language);
        EntityTag tag = tags.get(language);
        CacheControl cache = CacheControl.valueOf("public, max-age=86400");
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null ? notModified : Response.ok(body, MediaType.APPLICATION_JSON_TYPE);
        return answer.tag(tag).cacheControl(cache).header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
    }

    private synchronized byte[] body(Language language) {
        return bodies.computeIfAbsent(language, l -> {
            try {
                byte[] json = mapper.writeValueAsBytes(new LabelCatalogue(l.tag(), Labels.get().all(l)));
                tags.put(l, new EntityTag("l" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json), 0, 12)));
                return json;
            } catch (JsonProcessingException | NoSuchAlgorithmException e) {
                throw new IllegalStateException("labels", e);
            }
        });
    }
}
