package vn.antq.review;

/** How a review conference was held: in one hall, online (trực tuyến) to bridge points, or both. Spelled as on the wire. */
public enum ReviewFormat {
    in_person, online, both
}
