package vn.antq.grassroots;

/** A model's status (spelled as on the wire); a dissolved model (thanh loại) names a reason. */
public enum ModelStatus {
    active, maintained, replicated, dissolved
}
