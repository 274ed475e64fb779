package vn.antq.privacy;

import java.time.Instant;
import java.util.UUID;

/** The personal-data access log's shapes. */
public final class PersonalDataDtos {

    private PersonalDataDtos() {
    }

    /** Which entries a list holds: each filter applies when set; {@code from} included, {@code to} excluded. */
    public record AccessFilter(String subject, UUID recordId, Instant from, Instant to) {
    }

    /** Who read which record's personal data, when and through which operation; never the data. */
    public record AccessEntry(String id, Instant accessedAt, String subject, String client, String operation,
                              String collection, UUID recordId) {

        /** Constructor for the list query. */
        public AccessEntry(Long id, Instant accessedAt, String subject, String client, String operation, String collection,
                           UUID recordId) {
            this(id.toString(), accessedAt, subject, client, operation, collection, recordId);
        }
    }
}
