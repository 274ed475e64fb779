package vn.antq.festival;

import java.util.ArrayList;
import java.util.List;

/**
 * A part of a festival day (spelled as on the wire; extensible). Each kind has a fixed bit in the festival's
 * activity_kinds column, which the schedule reads from its index: new kinds are added at the end.
 */
public enum ActivityKind {
    ceremony, traditional_education, culture_arts, sport, humanitarian, gifts, commendation, other;

    int bit() {
        return 1 << ordinal();
    }

    /** The bits of a set of kinds. */
    static int bits(Iterable<ActivityKind> kinds) {
        int bits = 0;
        for (ActivityKind kind : kinds) {
            bits |= kind.bit();
        }
        return bits;
    }

    /** The kinds whose bits are set, in declaration order. */
    public static List<ActivityKind> of(int bits) {
        List<ActivityKind> kinds = new ArrayList<>(Integer.bitCount(bits));
        for (ActivityKind kind : values()) {
            if ((bits & kind.bit()) != 0) {
                kinds.add(kind);
            }
        }
        return List.copyOf(kinds);
    }
}
