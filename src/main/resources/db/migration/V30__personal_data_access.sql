-- Who read personal data: one row per record whose recipients' full personal data a response carried.
-- Never the data itself: the record, the operation, the caller and the moment. Rows older than the
-- retention (antq.personal-data.access-retention) are deleted by the service; nothing else changes them.
CREATE TABLE personal_data_access (
    id           bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    accessed_at  timestamptz  NOT NULL,
    subject      varchar(255) NOT NULL,
    client       varchar(255),
    operation    varchar(200) NOT NULL,
    collection   varchar(60)  NOT NULL,
    record_id    uuid         NOT NULL
);
-- The admin's list: newest first, by caller or by record, within a period; and the retention's purge.
CREATE INDEX personal_data_access_time_idx ON personal_data_access (accessed_at, id);
CREATE INDEX personal_data_access_subject_idx ON personal_data_access (subject, accessed_at, id);
CREATE INDEX personal_data_access_record_idx ON personal_data_access (record_id, accessed_at, id);

-- Appended to and purged when old, never rewritten.
REVOKE UPDATE, TRUNCATE ON personal_data_access FROM ${app_role};
