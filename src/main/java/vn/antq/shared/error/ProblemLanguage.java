package vn.antq.shared.error;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import vn.antq.shared.i18n.Language;
import vn.antq.shared.i18n.Texts;

import java.util.List;

/**
 * Every problem in the language the request accepts ({@code Accept-Language: vi}, or English): its title,
 * detail and each field's message, from the bundles {@code i18n/problems*.properties}. The answer names its
 * language ({@code Content-Language}) and that it depends on {@code Accept-Language} ({@code Vary}).
 */
@Provider
public class ProblemLanguage implements ContainerResponseFilter {

    static final Texts TEXTS = new Texts("i18n.problems");

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem)) {
            return;
        }
        Language language;
        try {
            language = Language.preferred(request.getAcceptableLanguages());
        } catch (RuntimeException e) {
            // An Accept-Language the REST layer cannot parse: the problem stays as it is, in English.
            language = Language.en;
        }
        response.setEntity(translate(problem, language), response.getEntityAnnotations(), response.getMediaType());
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, language.tag());
        varyByLanguage(response);
    }

    /** The problem with its texts in the language. */
    public static Problem translate(Problem problem, Language language) {
        if (language == Language.en) {
            return problem;
        }
        List<FieldError> errors = problem.errors() == null ? null : problem.errors().stream()
                .map(e -> new FieldError(e.field(), TEXTS.translate(e.message(), language))).toList();
        return new Problem(problem.type(), TEXTS.translate(problem.title(), language), problem.status(),
                TEXTS.translate(problem.detail(), language), problem.instance(), errors);
    }

    private static void varyByLanguage(ContainerResponseContext response) {
        String vary = response.getHeaderString(HttpHeaders.VARY);
        if (vary == null || vary.isBlank()) {
            response.getHeaders().putSingle(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        } else if (!vary.toLowerCase(java.util.Locale.ROOT).contains("accept-language")) {
            response.getHeaders().putSingle(HttpHeaders.VARY, vary + ", " + HttpHeaders.ACCEPT_LANGUAGE);
        }
    }
}
