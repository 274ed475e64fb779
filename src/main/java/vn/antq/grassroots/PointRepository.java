package vn.antq.grassroots;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class PointRepository implements PanacheRepositoryBase<ModelPoint, UUID> {
}
