package vn.antq.shared.audit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import vn.antq.shared.security.Caller;

/**
 * Tells the database who acts, for the current transaction only (set_config with is_local = true),
 * before the write runs. Its priority places it inside the transaction that @Transactional opens.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class AuditedInterceptor {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @AroundInvoke
    Object stampActor(InvocationContext context) throws Exception {
        String client = caller.client();
        em.createNativeQuery("select set_config('antq.actor_subject', :subject, true), set_config('antq.actor_client', :client, true)")
                .setParameter("subject", caller.subject())
                .setParameter("client", client == null ? "" : client)
                .getSingleResult();
        return context.proceed();
    }
}
