package vn.antq.agreement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AgreementRepository implements PanacheRepositoryBase<CoordinationAgreement, UUID> {

    public List<String> liveReferencesTo(String jpql, UUID id) {
        return getEntityManager().createQuery(jpql, String.class).setParameter("id", id).getResultList();
    }
}
