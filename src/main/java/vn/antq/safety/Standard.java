package vn.antq.safety;

import java.util.EnumSet;
import java.util.Set;

/**
 * The standard a subject is assessed against for a year (spelled as on the wire). One engine serves them
 * all: an assessment is a subject, a year, attained or not, and the decision that says so.
 */
public enum Standard {
    /** "An toàn về ANTT" (Circular 124/2021/TT-BCA): every kind of subject. The default. */
    antt_safe(EnumSet.allOf(SubjectKind.class)),
    /** The security-and-order criterion of new rural development 2021-2025: communes. */
    rural_security_criterion(EnumSet.of(SubjectKind.commune)),
    /**
     * The pilot "Công an phường điển hình, kiểu mẫu về an ninh, trật tự và văn minh đô thị": a ward's police,
     * recorded under its ward, through the stages designated, assessed and recognized.
     */
    model_ward_police(EnumSet.of(SubjectKind.ward));

    private final Set<SubjectKind> subjects;

    Standard(Set<SubjectKind> subjects) {
        this.subjects = subjects;
    }

    /** The kinds of subject assessed against this standard. */
    public Set<SubjectKind> subjects() {
        return subjects;
    }

    /** Whether its records follow a pilot's stages. */
    public boolean staged() {
        return this == model_ward_police;
    }
}
