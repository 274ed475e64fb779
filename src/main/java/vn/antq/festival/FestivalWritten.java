package vn.antq.festival;

import java.util.UUID;

/**
 * A festival was created, changed or deleted. Fired inside the writing transaction; readers that keep
 * copies observe it {@code during = TransactionPhase.AFTER_SUCCESS}, so they hear only of writes that
 * committed, as soon as they did (read your writes). Writes of other replicas, and those made in SQL,
 * are not announced here: the copies' keeper learns of them from the database.
 */
public record FestivalWritten(UUID id) {
}
