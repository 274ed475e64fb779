package vn.antq.organization;

/** What happened to the organizations before a succession event (spelled as on the wire). */
public enum SuccessionKind {
    /** Several organizations (or one, into an existing one) became one successor. */
    merged,
    /** One organization became several successors, each taking a part. */
    split,
    /** The organizations ended; whoever carries on their functions is named as a successor, if anyone. */
    dissolved,
    /** One organization carries on under a new name, recorded as its successor. */
    renamed,
    /** Functions passed from the predecessors, which carry on, to the successors. */
    functions_transferred;

    /** Whether the event ends its predecessors (sets their activeTo to the day before it). */
    public boolean endsPredecessors() {
        return this != functions_transferred;
    }
}
