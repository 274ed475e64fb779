package vn.antq.shared.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import java.util.Comparator;

/**
 * Validates a request body's declared constraints into a {@link Violations}, so that a service can add
 * the checks only it can make (references, dates, eras) and report every invalid field at once.
 */
@ApplicationScoped
public class RequestValidator {

    @Inject
    Validator validator;

    public Violations validate(Object request) {
        Violations violations = new Violations();
        if (request == null) {
            return violations.add("body", "is required");
        }
        validator.validate(request).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> violations.add(field(v.getPropertyPath().toString()), v.getMessage()));
        return violations;
    }

    /** The JSON path of a violation: a list's own value is named by its index alone ({@code leaders[0]}, not {@code leaders[0].<list element>}). */
    static String field(String propertyPath) {
        return propertyPath.replaceAll("\\.<[^>]+>", "");
    }
}
