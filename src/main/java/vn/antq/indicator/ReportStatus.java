package vn.antq.indicator;

/**
 * Where a report stands on its way up (spelled as on the wire): written (draft), sent to the level
 * above (submitted), taken into that level's figures (accepted) or sent back with a reason (returned).
 */
public enum ReportStatus {
    draft, submitted, accepted, returned
}
