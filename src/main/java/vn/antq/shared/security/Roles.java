package vn.antq.shared.security;

/** The roles a token can carry. */
public final class Roles {
    /** Reads everything. */
    public static final String VIEWER = "viewer";
    /** Writes records within the areas named by the token. */
    public static final String EDITOR = "editor";
    /** Everything, everywhere. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
