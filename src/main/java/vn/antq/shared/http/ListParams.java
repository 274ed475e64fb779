package vn.antq.shared.http;

import vn.antq.shared.error.Violations;

import java.util.function.Predicate;

/**
 * The filter parameters of a list, as a {@code @BeanParam} class of typed {@code @QueryParam} fields with
 * their Bean Validation constraints. {@link QueryParameters} checks them (every bad parameter named at once)
 * before {@link #filter()} turns them into the list's filter.
 *
 * @param <F> the filter the list's service takes
 */
public interface ListParams<F> extends QueryRules {

    F filter();

    @Override
    default void rules(Violations violations, Predicate<String> given) {
    }
}
