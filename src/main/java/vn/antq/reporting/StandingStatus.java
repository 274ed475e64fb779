package vn.antq.reporting;

/**
 * Where a unit stands in a reporting period (spelled as on the wire): no live report answers the period
 * (missing), or the status of the one that does.
 */
public enum StandingStatus {
    missing, draft, submitted, returned, accepted
}
