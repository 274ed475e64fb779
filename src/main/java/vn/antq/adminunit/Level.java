package vn.antq.adminunit;

/**
 * The level of government a record belongs to. Constants are spelled as on the wire (and in the
 * database), so that JSON, query parameters, SQL and error messages all use one vocabulary.
 */
public enum Level {
    central, province, district, commune, village;

    /** The administrative-unit level a record of this level names, or null for central records. */
    public String unitLevel() {
        return switch (this) {
            case central -> null;
            case province -> "province";
            case district -> "district";
            case commune, village -> "commune";
        };
    }
}
