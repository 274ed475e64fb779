-- Idempotency keys (IETF httpapi "The Idempotency-Key HTTP Header Field"): the first response to a POST
-- that carries a key, kept per caller for a day, so that a client that retries after a timeout gets the
-- same answer instead of a second record. In the database, so that every replica of the service sees
-- the keys of every other. Not audited: it records responses, not registry records.
CREATE TABLE idempotency_key (
    caller        varchar(600) NOT NULL,
    key           varchar(255) NOT NULL,
    fingerprint   varchar(64)  NOT NULL,
    started_at    timestamptz  NOT NULL,
    expires_at    timestamptz  NOT NULL,
    -- The stored response; status is null while the first request is still running.
    status        integer,
    location      varchar(2000),
    etag          varchar(200),
    content_type  varchar(200),
    body          bytea,
    PRIMARY KEY (caller, key)
);

-- The purge of expired keys.
CREATE INDEX idempotency_key_expires_idx ON idempotency_key (expires_at);
