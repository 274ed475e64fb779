package vn.antq.festival;

/** Planned, held, postponed (the previous start is kept) or cancelled; spelled as on the wire. */
public enum FestivalStatus {
    planned, held, postponed, cancelled
}
