package vn.antq.privacy;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import vn.antq.shared.security.Caller;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Set;

/**
 * Writes down, after a successful response (2xx), each record whose personal data it carried in full:
 * who (subject and client), when, which record, and through which operation (method and path template).
 * A 304, a refusal or an error carried nothing and leaves nothing. The data itself is never written.
 */
@Provider
public class PersonalDataAccessLog implements ContainerResponseFilter {

    @Context
    ResourceInfo resource;
    @Inject
    EntityManager em;
    @Inject
    Caller caller;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        // Only requests that read personal data have started the request's collector.
        if (!Arc.container().requestContext().isActive()) {
            return;
        }
        PersonalDataReads collected = Arc.container().instance(PersonalDataReads.class).get();
        Set<PersonalDataReads.Read> reads = collected.reads();
        if (reads.isEmpty() || response.getStatus() < 200 || response.getStatus() > 299) {
            return;
        }
        String operation = request.getMethod() + " " + template();
        String subject = caller.subject();
        String client = caller.client();
        Instant now = Instant.now();
        java.util.List<PersonalDataReads.Read> rows = java.util.List.copyOf(reads);
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            values.append(i == 0 ? "" : ", ").append("(:collection").append(i).append(", cast(:record").append(i).append(" as uuid))");
        }
        QuarkusTransaction.requiringNew().run(() -> {
            var insert = em.createNativeQuery("insert into personal_data_access"
                            + " (accessed_at, subject, client, operation, collection, record_id)"
                            + " select :now, :subject, cast(:client as varchar), :operation, r.collection, r.record_id"
                            + " from (values " + values + ") as r(collection, record_id)")
                    .setParameter("now", now)
                    .setParameter("subject", subject)
                    .setParameter("client", client)
                    .setParameter("operation", operation);
            for (int i = 0; i < rows.size(); i++) {
                insert.setParameter("collection" + i, rows.get(i).collection());
                insert.setParameter("record" + i, rows.get(i).recordId().toString());
            }
            insert.executeUpdate();
        });
        reads.clear();
    }

    /** The operation's path as the contract writes it, e.g. /api/v1/awards/{id}/history. */
    private String template() {
        Class<?> type = resource.getResourceClass();
        Method method = resource.getResourceMethod();
        String base = type == null || type.getAnnotation(Path.class) == null ? "" : type.getAnnotation(Path.class).value();
        String sub = method == null || method.getAnnotation(Path.class) == null ? "" : method.getAnnotation(Path.class).value();
        return (base + (sub.isEmpty() ? "" : "/" + sub)).replace("//", "/");
    }
}
