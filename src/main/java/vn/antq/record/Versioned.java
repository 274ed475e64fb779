package vn.antq.record;

/** A record's representation together with its version, from which its ETag is made. */
public record Versioned<T>(T body, long version) {
}
