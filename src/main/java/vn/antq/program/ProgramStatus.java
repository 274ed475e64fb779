package vn.antq.program;

/** Lifecycle of a coordination program (spelled as on the wire). */
public enum ProgramStatus {
    draft, active, completed, cancelled
}
