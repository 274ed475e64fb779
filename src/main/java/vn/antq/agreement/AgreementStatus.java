package vn.antq.agreement;

/** Lifecycle of a coordination agreement (spelled as on the wire). */
public enum AgreementStatus {
    draft, active, expired, terminated
}
