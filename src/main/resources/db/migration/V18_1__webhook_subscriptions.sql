-- Webhook subscriptions and their deliveries. The outbox is the change log itself (V18): a dispatcher
-- walks it for each subscription with the same rule as the change feeds (only the final part of the log,
-- below record_change_horizon()), so an event exists exactly when its change committed. Walking the log
-- turns each change into one delivery row per subscription, in the same transaction as the
-- subscription's position moves on, so no change is turned into two deliveries nor skipped.

CREATE TABLE webhook_subscription (
    id                uuid PRIMARY KEY,
    url               varchar(2000) NOT NULL,
    collections       varchar(40)[] NOT NULL CHECK (cardinality(collections) > 0),
    unit_era          varchar(8),
    unit_code         varchar(5),
    unit_province     varchar(2),
    -- Signs the deliveries (Standard Webhooks: whsec_ and the base64 key). Never returned by the API.
    secret            varchar(200)  NOT NULL,
    description       varchar(500),
    status            varchar(10)   NOT NULL CHECK (status IN ('active', 'paused')),
    paused_reason     varchar(500),
    -- Since when every attempt has failed; a day of it pauses the subscription.
    failing_since     timestamptz,
    -- Where the dispatcher stands in the change log: every change below (position_tx, position_id) has
    -- its delivery row.
    position_tx       bigint        NOT NULL,
    position_id       bigint        NOT NULL DEFAULT 0,
    owner_subject     varchar(255)  NOT NULL,
    version           bigint        NOT NULL DEFAULT 0,
    created_at        timestamptz   NOT NULL,
    updated_at        timestamptz   NOT NULL,
    deleted_at        timestamptz,
    search_text       text GENERATED ALWAYS AS (search_normalize(url || ' ' || coalesce(description, ''))) STORED,
    FOREIGN KEY (unit_era, unit_code) REFERENCES admin_unit (era, code)
);
CREATE INDEX webhook_subscription_created_idx ON webhook_subscription (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX webhook_subscription_owner_idx ON webhook_subscription (owner_subject, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX webhook_subscription_active_idx ON webhook_subscription (id) WHERE deleted_at IS NULL AND status = 'active';
CREATE TRIGGER unit_province BEFORE INSERT OR UPDATE OF unit_era, unit_code ON webhook_subscription
    FOR EACH ROW EXECUTE FUNCTION set_unit_province();

CREATE TABLE webhook_delivery (
    id               bigserial     PRIMARY KEY,
    subscription_id  uuid          NOT NULL REFERENCES webhook_subscription (id),
    change_id        bigint        NOT NULL REFERENCES record_change (id),
    -- The Standard Webhooks message id: the same on every attempt of this delivery.
    event_id         varchar(60)   NOT NULL UNIQUE,
    event_type       varchar(60)   NOT NULL,
    collection       varchar(40)   NOT NULL,
    record_id        uuid          NOT NULL,
    changed_at       timestamptz   NOT NULL,
    status           varchar(10)   NOT NULL CHECK (status IN ('pending', 'delivered')),
    attempts         int           NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz   NOT NULL,
    -- A worker that claims the delivery holds it until then; a worker that dies lets it go.
    leased_until     timestamptz,
    last_attempt_at  timestamptz,
    last_status      int,
    last_error       varchar(500),
    created_at       timestamptz   NOT NULL DEFAULT now(),
    delivered_at     timestamptz,
    UNIQUE (subscription_id, change_id)
);
-- Due deliveries, oldest first; the log of one subscription, newest first; a record's earlier pending one.
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at, id) WHERE status = 'pending';
CREATE INDEX webhook_delivery_subscription_idx ON webhook_delivery (subscription_id, id);
CREATE INDEX webhook_delivery_record_idx ON webhook_delivery (subscription_id, record_id, id) WHERE status = 'pending';

-- Subscriptions are audited like the records (the secret left out).
CREATE FUNCTION audit_snapshot_webhook_subscriptions(record uuid) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT to_jsonb(s) - 'search_text' - 'secret' - 'position_tx' - 'position_id'
      FROM webhook_subscription s WHERE s.id = record
$$;
CREATE CONSTRAINT TRIGGER audit AFTER INSERT OR UPDATE OF url, collections, unit_era, unit_code, secret, description,
    status, deleted_at ON webhook_subscription
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('webhook-subscriptions', 'id');
