package vn.antq.document;

/** The problem types of document files. */
final class DocumentProblems {
    /** A file whose type is not allowed, or whose bytes are not of the type it declares. */
    static final String UNSUPPORTED_FILE = "urn:antq:problem:unsupported-file";
    /** A {@code Range} that lies outside the file. */
    static final String RANGE_NOT_SATISFIABLE = "urn:antq:problem:range-not-satisfiable";
    /** A file larger than allowed. */
    static final String FILE_TOO_LARGE = "urn:antq:problem:file-too-large";

    private DocumentProblems() {
    }
}
