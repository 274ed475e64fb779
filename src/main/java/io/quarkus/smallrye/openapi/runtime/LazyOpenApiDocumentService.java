package io.quarkus.smallrye.openapi.runtime;

import io.quarkus.arc.Unremovable;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.smallrye.openapi.runtime.filter.AutoSecurityFilter;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the served OpenAPI document at its first request instead of at start.
 *
 * <p>Quarkus 3.31 parses and re-serialises the document (JSON and YAML) while the service starts, even with no
 * runtime filter (quarkusio/quarkus#54826, fixed by quarkusio/quarkus#55538 in a later release): with the
 * classes it loads, about 2 s of a 7 s start on 2 cores, and bytes that a replica serving festivals never needs. This bean replaces
 * the extension's and defers that work, with the same arguments, to the first {@code /q/openapi} request.
 * It lives in the extension's package because the method it defers is package-private, which it can override
 * only where both are loaded together: in the packaged service (the prod build), not in tests or dev mode, where
 * the extension's own bean stays. The client suites (deploy/client-suites.sh) read the contract that the packaged
 * service serves. Delete this class when the platform moves past 3.31.
 */
@IfBuildProfile("prod")
@Alternative
@Priority(1)
@ApplicationScoped
@Unremovable
public class LazyOpenApiDocumentService extends OpenApiDocumentService {

    private final Map<String, Runnable> deferred = new HashMap<>();

    @Override
    synchronized void prepareDocument(AutoSecurityFilter autoSecurityFilter, List<String> runtimeFilters, String documentName) {
        deferred.put(documentName, () -> super.prepareDocument(autoSecurityFilter, runtimeFilters, documentName));
    }

    @Override
    public byte[] getDocument(String documentName, Format format) {
        synchronized (this) {
            Runnable preparation = deferred.remove(documentName);
            if (preparation != null) {
                preparation.run();
            }
        }
        return super.getDocument(documentName, format);
    }
}
