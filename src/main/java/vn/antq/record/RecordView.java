package vn.antq.record;

import java.util.UUID;

/** A single record as the API shows it: whatever else it holds, it has an id. */
public interface RecordView {
    UUID id();
}
