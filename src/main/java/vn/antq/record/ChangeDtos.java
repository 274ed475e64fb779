package vn.antq.record;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The change feed's answer, the same for every collection. */
public final class ChangeDtos {

    private ChangeDtos() {
    }

    /**
     * One record's entry: {@code upsert} with its current state; {@code annul} with its final state (an
     * annulled record stays readable but no longer counts); {@code delete} (deleted) or {@code remove} (no
     * longer within the requested unit), tombstones without a state.
     */
    public record Change<V>(UUID id, String change, Instant changedAt, Long version, V record) {
    }

    public record ChangesPage<V>(List<Change<V>> items, String nextToken, boolean hasMore) {
    }
}
