package vn.antq.shared.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.antq.shared.error.Violations;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;
import vn.antq.shared.paging.SortKey;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Checks typed query parameters and answers lists, in one shape for every list.
 *
 * <p>A {@code @BeanParam} class declares its parameters as typed {@code @QueryParam} fields with Bean
 * Validation constraints. {@link QueryParamConverters} reads them leniently (unreadable text becomes null),
 * so the check can name every bad parameter at once, in the order the classes declare them: a parameter
 * whose text is in the request but whose field is null could not be read (message of its type), and a
 * readable one is held to its constraints; then the classes' {@link QueryRules#rules rules}. Any error
 * gives one 400 problem naming all of them.
 */
@ApplicationScoped
public class QueryParameters {

    /** The message of a range constraint, as in {@code @Range(min = 2000, max = 2100, message = BETWEEN)}. */
    public static final String BETWEEN = "must be between {min} and {max}";

    /** The message of a text length constraint, as in {@code @Size(max = 60, message = AT_MOST)}. */
    public static final String AT_MOST = "must be at most {max} characters";

    private final Map<Class<?>, List<Param>> params = new ConcurrentHashMap<>();

    @Inject
    Validator validator;

    /** 400 naming every bad parameter of the given {@code @BeanParam}s, if any. */
    public void check(UriInfo uri, Object... beans) {
        violations(uri, beans).throwIfAny();
    }

    /** The list's page: its filter and paging checked together, then the service's page with its next link. */
    public <F, T> Response page(UriInfo uri, ListParams<F> filter, PageParams paging, PageRequest.Sorts<T> sorts,
                                BiFunction<F, PageRequest<T>, ? extends Page<?>> list) {
        return page(uri, filter, paging, sorts, paging.sort(), list);
    }

    /** The page of a list in the order {@code sort} (a key of {@code sorts}, '-' for descending). */
    public <F, T> Response page(UriInfo uri, ListParams<F> filter, CursorParams paging, PageRequest.Sorts<T> sorts,
                                String sort, BiFunction<F, PageRequest<T>, ? extends Page<?>> list) {
        PageRequest<T> page = request(uri, sorts, sort, paging, filter);
        return PageResponses.page(uri, list.apply(filter.filter(), page), page.limit());
    }

    /** A page of a list with no filter, in the order {@code sort} (a key of {@code sorts}, '-' for descending). */
    public <T> Response page(UriInfo uri, CursorParams paging, PageRequest.Sorts<T> sorts, String sort,
                             Function<PageRequest<T>, ? extends Page<?>> list) {
        PageRequest<T> page = request(uri, sorts, sort, paging);
        return PageResponses.page(uri, list.apply(page), page.limit());
    }

    /**
     * The paging part of a list request, checked with the other parameters: sort and limit errors join
     * theirs, and the cursor is decoded only once everything else is valid.
     */
    public <T> PageRequest<T> request(UriInfo uri, PageRequest.Sorts<T> sorts, String sort, CursorParams paging,
                                      Object... others) {
        Object[] beans = new Object[others.length + 1];
        System.arraycopy(others, 0, beans, 0, others.length);
        beans[others.length] = paging;
        Violations violations = violations(uri, beans);
        SortKey<T> key = sorts.defaultKey();
        boolean descending = sort != null && sort.startsWith("-");
        if (sort != null) {
            String name = descending ? sort.substring(1) : sort;
            key = sorts.keys().stream().filter(k -> k.name().equals(name)).findFirst().orElse(null);
            if (key == null) {
                violations.add("sort", "must be one of " + String.join(", ", sorts.keys().stream().map(SortKey::name).toList())
                        + ", optionally prefixed with '-'");
            }
        }
        violations.throwIfAny();
        int limit = paging.limit() == null ? PageRequest.DEFAULT_LIMIT : paging.limit();
        return PageRequest.first(key, sorts.uniqueKey(), descending, limit).after(paging.cursor());
    }

    /** Every bad parameter of the given {@code @BeanParam}s, for a caller that adds errors of its own before throwing. */
    public Violations violations(UriInfo uri, Object... beans) {
        Violations violations = new Violations();
        var query = uri.getQueryParameters();
        for (Object bean : beans) {
            for (Param param : params.computeIfAbsent(bean.getClass(), QueryParameters::declared)) {
                Object value = param.value(bean);
                if (value == null) {
                    if (query.getFirst(param.name()) != null && param.unreadable() != null) {
                        violations.add(param.name(), param.unreadable());
                    }
                    continue;
                }
                validator.validateProperty(bean, param.field().getName()).stream()
                        .map(ConstraintViolation::getMessage)
                        .sorted()
                        .forEach(message -> violations.add(param.name(), message));
            }
            if (bean instanceof QueryRules rules) {
                rules.rules(violations, name -> query.getFirst(name) != null);
            }
        }
        return violations;
    }

    /** The {@code @QueryParam} fields of a class and its superclasses, the class's own first, each in declared order. */
    private static List<Param> declared(Class<?> type) {
        List<Param> found = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                QueryParam annotation = field.getAnnotation(QueryParam.class);
                if (annotation != null) {
                    field.setAccessible(true);
                    found.add(new Param(annotation.value(), field, QueryParamConverters.unreadable(field.getType())));
                }
            }
        }
        return found;
    }

    private record Param(String name, Field field, String unreadable) {

        Object value(Object bean) {
            try {
                return field.get(bean);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
