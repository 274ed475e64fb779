package vn.antq.award;

/**
 * An award decision is valid until annulled by another decision; an annulled award stays readable. The
 * audit trail records the change to {@code annulled} as the action {@code annul}.
 */
public enum AwardStatus {
    valid, annulled
}
