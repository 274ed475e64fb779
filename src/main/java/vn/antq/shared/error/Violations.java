package vn.antq.shared.error;

import java.util.ArrayList;
import java.util.List;

/** Collects every invalid field of a request so that the client learns all of them at once. */
public final class Violations {

    private final List<FieldError> errors = new ArrayList<>();

    public Violations add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public Violations addAll(List<FieldError> more) {
        errors.addAll(more);
        return this;
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
    }
}
