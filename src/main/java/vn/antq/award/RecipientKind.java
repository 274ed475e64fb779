package vn.antq.award;

/** A collective (tập thể) or an individual (cá nhân). */
public enum RecipientKind {
    collective, individual
}
