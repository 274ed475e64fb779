package vn.antq.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.AreaAccess;
import vn.antq.adminunit.UnitRequest;
import vn.antq.shared.audit.Audited;
import vn.antq.shared.audit.HistoryEntry;
import vn.antq.shared.error.ApiProblem;
import vn.antq.shared.error.RequestValidator;
import vn.antq.shared.error.Violations;
import vn.antq.shared.http.ETags;
import vn.antq.shared.http.JsonMergePatch;
import vn.antq.shared.paging.Page;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The life cycle every registry record shares, written once: read; create and full replace with every
 * invalid field reported at once; partial update by JSON merge patch through the same path as the full
 * replace; optimistic concurrency through the version named by If-Match; writes
 * only inside the caller's areas (before and after the change); deletion that keeps the row and is
 * refused while live records refer to it; and every write attributed to the caller in the audit trail.
 * A feature supplies its own checks, the mapping between request, entity and view, and its lists.
 *
 * @param <E> the entity
 * @param <R> the create/replace request body
 * @param <V> the single-record view
 */
public abstract class RecordService<E extends RecordEntity, R, V extends RecordView> {

    private final String collection;
    private final String kind;
    private final Supplier<E> newEntity;

    @Inject
    RequestValidator validator;
    @Inject
    ReferenceGuard references;
    @Inject
    AreaAccess access;
    @Inject
    ObjectMapper json;

    /**
     * @param collection the collection's name in the API path and in the audit trail, e.g. {@code organizations}
     * @param kind       what one record is called in messages, e.g. {@code organization}
     * @param newEntity  makes an empty entity for a create
     */
    protected RecordService(String collection, String kind, Supplier<E> newEntity) {
        this.collection = collection;
        this.kind = kind;
        this.newEntity = newEntity;
    }

    public String collection() {
        return collection;
    }

    public String kind() {
        return kind;
    }

    protected abstract PanacheRepositoryBase<E, UUID> repository();

    /** The feature's own checks (references, dates, eras), added to the request's declared constraints. */
    protected abstract void validate(R request, E current, Violations violations);

    protected abstract void apply(E entity, R request);

    protected abstract V toView(E entity);

    /**
     * The administrative unit that decides who may write the record: by default its own unit, null for
     * records of no unit. A feature whose records belong elsewhere (an award: its issuer's unit) overrides it.
     */
    protected AdminUnitKey unitOf(E entity) {
        return entity instanceof UnitRecordEntity record ? record.unit : null;
    }

    /** The unit a request would give the record; by default the unit it names. */
    protected AdminUnitKey unitOf(R request) {
        return request instanceof UnitRequest named && named.adminUnit() != null ? named.adminUnit().key() : null;
    }

    /**
     * The collection's name in the change log and its feed ({@link ChangeFeed}); by default the collection
     * itself. A feature whose records are logged under another name says so; null for one that has no
     * feed of this kind.
     */
    public String changeCollection() {
        return collection;
    }

    /** The live records among {@code ids}, as the API shows them, in one query (the change feed's page). */
    public Map<UUID, Versioned<V>> liveViews(Collection<UUID> ids) {
        Map<UUID, Versioned<V>> views = new HashMap<>();
        if (!ids.isEmpty()) {
            for (E entity : repository().list("id in ?1 and deletedAt is null", ids)) {
                views.put(entity.id, view(entity));
            }
        }
        return views;
    }

    /**
     * The record's history as the caller may read it; by default as the audit trail holds it. A feature
     * whose records hold personal data reduces it for callers without the right to read it.
     */
    public Page<HistoryEntry> shownHistory(UUID id, Page<HistoryEntry> history) {
        return history;
    }

    public Versioned<V> get(UUID id) {
        return view(require(id));
    }

    @Transactional
    @Audited
    public Versioned<V> create(R request) {
        beforeWrite();
        check(request, null);
        access.requireWrite(unitOf(request));
        E entity = newEntity.get();
        apply(entity, request);
        repository().persist(entity);
        repository().flush();
        afterWrite(entity);
        return view(entity);
    }

    @Transactional
    @Audited
    public Versioned<V> update(UUID id, Long expectedVersion, R request) {
        beforeWrite();
        E entity = require(id);
        access.requireWrite(unitOf(entity));
        ETags.check(expectedVersion, entity.version);
        return replace(entity, request);
    }

    /**
     * Partial update (RFC 7396): the patch is applied to the record as a replace body would state it,
     * and the result is written exactly as a {@code PUT} of it, with the same checks, area rules and audit.
     */
    @Transactional
    @Audited
    public Versioned<V> patch(UUID id, Long expectedVersion, JsonNode patch) {
        if (patch == null || patch.isMissingNode()) {
            throw ApiProblem.invalid("body", "is required: a JSON merge patch");
        }
        beforeWrite();
        E entity = require(id);
        access.requireWrite(unitOf(entity));
        ETags.check(expectedVersion, entity.version);
        return replace(entity, patched(entity, patch));
    }

    private Versioned<V> replace(E entity, R request) {
        check(request, entity);
        access.requireWrite(unitOf(request));
        apply(entity, request);
        entity.touch();
        repository().flush();
        afterWrite(entity);
        return view(entity);
    }

    /** Marks the record deleted; refused (409) while live records still refer to it. */
    @Transactional
    @Audited
    public void delete(UUID id, Long expectedVersion) {
        beforeWrite();
        // Locked first, so that no record can start referring to it between the check and the delete.
        E entity = repository().findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiProblem.notFound(kind(), id));
        access.requireWrite(unitOf(entity));
        ETags.check(expectedVersion, entity.version);
        references.ensureUnreferenced(kind(), id);
        entity.deletedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        repository().flush();
        afterWrite(entity);
    }

    /** The replace body that {@code patch} produces for the record; a feature whose body is not its view's fields overrides it. */
    protected R patched(E entity, JsonNode patch) {
        return patchedBody(toView(entity), patch, requestType());
    }

    /**
     * The view's fields that show a referenced organization (or a list of them) by its id and name, and
     * the request field that names it by id only, e.g. {@code signatories -> signatoryIds}.
     */
    protected Map<String, String> referencesById() {
        return Map.of();
    }

    /**
     * Applies a merge patch to the replace body equivalent to {@code view}: the view's fields the body does
     * not have (ids, names of referenced records, timestamps) are dropped, and a patch that names one is
     * refused like a replace body that would (400).
     */
    protected <B> B patchedBody(Object view, JsonNode patch, Class<B> bodyType) {
        ObjectNode current = json.valueToTree(view);
        referencesById().forEach((viewField, requestField) -> {
            JsonNode shown = current.remove(viewField);
            if (shown != null && shown.isArray()) {
                ArrayNode ids = current.putArray(requestField);
                shown.forEach(item -> ids.add(item.path("organizationId")));
            } else if (shown != null && shown.isObject()) {
                current.set(requestField, shown.path("organizationId"));
            }
        });
        try {
            B body = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false).treeToValue(current, bodyType);
            return json.treeToValue(JsonMergePatch.apply(json.valueToTree(body), patch), bodyType);
        } catch (JsonProcessingException e) {
            throw ApiProblem.unreadable(e);
        }
    }

    @SuppressWarnings("unchecked")
    private Class<R> requestType() {
        for (Class<?> type = getClass(); type != null; type = type.getSuperclass()) {
            Type parent = type.getGenericSuperclass();
            if (parent instanceof ParameterizedType parameterized && parameterized.getRawType() == RecordService.class) {
                return (Class<R>) parameterized.getActualTypeArguments()[1];
            }
        }
        throw new IllegalStateException("No request type for " + getClass());
    }

    /** Runs first in every write transaction; a feature that must serialise its writers takes its lock here. */
    protected void beforeWrite() {
    }

    /**
     * Runs last in every write transaction that created, changed or deleted {@code entity}; a feature that
     * announces its writes (e.g. a CDI event observed after the transaction succeeds) does it here.
     */
    protected void afterWrite(E entity) {
    }

    protected E require(UUID id) {
        return repository().findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound(kind(), id));
    }

    private void check(R request, E current) {
        Violations violations = validator.validate(request);
        if (request != null) {
            validate(request, current, violations);
        }
        violations.throwIfAny();
    }

    private Versioned<V> view(E entity) {
        return new Versioned<>(toView(entity), entity.version);
    }
}
