package vn.antq.shared.error;

/** One invalid input: the JSON path of a body field, or the name of a query or header parameter. */
public record FieldError(String field, String message) {
}
