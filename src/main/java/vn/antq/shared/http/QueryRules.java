package vn.antq.shared.http;

import vn.antq.shared.error.Violations;

import java.util.function.Predicate;

/** A {@code @BeanParam} of query parameters with rules between them, which {@link QueryParameters} applies. */
public interface QueryRules {

    /**
     * Adds the errors of rules between parameters (e.g. one that applies only together with another) to the
     * other errors; {@code given} tells whether the request has a parameter, readable or not.
     */
    void rules(Violations violations, Predicate<String> given);
}
