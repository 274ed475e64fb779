-- The reporting calendar: reporting periods (which units must send which indicator report by when) and
-- targets (chỉ tiêu: the minimum a unit is to reach for an indicator in a year or span of years).
--
-- A period's unit is its scope: the units one level down from it must report (none: the whole country, whose
-- provinces report). An indicator report answers a period when it has the period's kind, years, level and era
-- and its unit is one of those that must report (see docs/reporting.md); nothing links them in the tables.

CREATE TABLE reporting_period (
    id               uuid PRIMARY KEY,
    title            varchar(300)  COLLATE "vi-x-icu" NOT NULL,
    organization_id  uuid          NOT NULL REFERENCES organization (id),
    kind             varchar(10)   NOT NULL CHECK (kind IN ('annual', 'interim', 'final')),
    from_year        int           NOT NULL CHECK (from_year BETWEEN 2000 AND 2100),
    to_year          int           NOT NULL CHECK (to_year BETWEEN 2000 AND 2100),
    level            varchar(10)   NOT NULL CHECK (level IN ('province', 'district', 'commune')),
    era              varchar(8)    NOT NULL CHECK (era IN ('legacy', '2025')),
    unit_era         varchar(8),
    unit_code        varchar(5),
    unit_province    varchar(2),
    opens_on         date          NOT NULL,
    due_on           date          NOT NULL,
    note             varchar(2000),
    version          bigint        NOT NULL DEFAULT 0,
    created_at       timestamptz   NOT NULL,
    updated_at       timestamptz   NOT NULL,
    deleted_at       timestamptz,
    search_text      text GENERATED ALWAYS AS (search_normalize(title || ' ' || coalesce(note, ''))) STORED,
    FOREIGN KEY (unit_era, unit_code) REFERENCES admin_unit (era, code),
    CHECK ((unit_era IS NULL) = (unit_code IS NULL)),
    CHECK (to_year >= from_year),
    CHECK (due_on >= opens_on)
);
CREATE INDEX reporting_period_due_idx ON reporting_period (due_on, id) WHERE deleted_at IS NULL;
CREATE INDEX reporting_period_created_idx ON reporting_period (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX reporting_period_updated_idx ON reporting_period (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX reporting_period_province_idx ON reporting_period (unit_province, due_on) WHERE deleted_at IS NULL;
CREATE INDEX reporting_period_unit_idx ON reporting_period (unit_era, unit_code, due_on) WHERE deleted_at IS NULL;
-- How a report finds the period it answers (kind, years, level, era).
CREATE INDEX reporting_period_match_idx ON reporting_period (kind, from_year, to_year, level, era) WHERE deleted_at IS NULL;
CREATE INDEX reporting_period_org_idx ON reporting_period (organization_id);
CREATE INDEX reporting_period_search_idx ON reporting_period USING gin (search_text gin_trgm_ops) WHERE deleted_at IS NULL;
CREATE TRIGGER unit_province BEFORE INSERT OR UPDATE OF unit_era, unit_code ON reporting_period
    FOR EACH ROW EXECUTE FUNCTION set_unit_province();

CREATE TABLE reporting_period_indicator (
    period_id       uuid        NOT NULL REFERENCES reporting_period (id),
    position        int         NOT NULL,
    indicator_code  varchar(60) NOT NULL,
    PRIMARY KEY (period_id, position)
);
CREATE INDEX reporting_period_indicator_code_idx ON reporting_period_indicator (indicator_code);

CREATE TABLE reporting_period_document (
    period_id    uuid NOT NULL REFERENCES reporting_period (id),
    position     int  NOT NULL,
    document_id  uuid NOT NULL REFERENCES document (id),
    PRIMARY KEY (period_id, position)
);
CREATE INDEX reporting_period_document_idx ON reporting_period_document (document_id);

CREATE TABLE target (
    id              uuid PRIMARY KEY,
    unit_era        varchar(8)    NOT NULL,
    unit_code       varchar(5)    NOT NULL,
    unit_province   varchar(2),
    indicator_code  varchar(60)   NOT NULL,
    from_year       int           NOT NULL CHECK (from_year BETWEEN 2000 AND 2100),
    to_year         int           NOT NULL CHECK (to_year BETWEEN 2000 AND 2100),
    -- The minimum: a value of the indicator, or a share (0-1) of the indicator's whole; exactly one.
    minimum_value   bigint        CHECK (minimum_value >= 0),
    minimum_share   numeric(5, 4) CHECK (minimum_share > 0 AND minimum_share <= 1),
    note            varchar(2000),
    version         bigint        NOT NULL DEFAULT 0,
    created_at      timestamptz   NOT NULL,
    updated_at      timestamptz   NOT NULL,
    deleted_at      timestamptz,
    search_text     text GENERATED ALWAYS AS (search_normalize(indicator_code || ' ' || coalesce(note, ''))) STORED,
    FOREIGN KEY (unit_era, unit_code) REFERENCES admin_unit (era, code),
    CHECK (to_year >= from_year),
    CHECK ((minimum_value IS NULL) <> (minimum_share IS NULL))
);
-- One live target per unit, indicator and years.
CREATE UNIQUE INDEX target_once_uq ON target (unit_era, unit_code, indicator_code, from_year, to_year) WHERE deleted_at IS NULL;
CREATE INDEX target_created_idx ON target (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX target_updated_idx ON target (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX target_province_idx ON target (unit_province, from_year) WHERE deleted_at IS NULL;
CREATE INDEX target_indicator_idx ON target (indicator_code, from_year) WHERE deleted_at IS NULL;
CREATE INDEX target_search_idx ON target USING gin (search_text gin_trgm_ops) WHERE deleted_at IS NULL;
CREATE TRIGGER unit_province BEFORE INSERT OR UPDATE OF unit_era, unit_code ON target
    FOR EACH ROW EXECUTE FUNCTION set_unit_province();

CREATE TABLE target_document (
    target_id    uuid NOT NULL REFERENCES target (id),
    position     int  NOT NULL,
    document_id  uuid NOT NULL REFERENCES document (id),
    PRIMARY KEY (target_id, position)
);
CREATE INDEX target_document_idx ON target_document (document_id);

-- The reminders sent: one row per period, event, unit (none for due-soon) and due date, so that each is sent once
-- however often and on however many replicas the reminder job runs.
CREATE TABLE reporting_reminder (
    id          bigserial    PRIMARY KEY,
    period_id   uuid         NOT NULL REFERENCES reporting_period (id),
    event       varchar(20)  NOT NULL CHECK (event IN ('due-soon', 'overdue')),
    unit_era    varchar(8),
    unit_code   varchar(5),
    due_on      date         NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX reporting_reminder_once_uq ON reporting_reminder (period_id, event, coalesce(unit_code, ''), due_on);

-- Deliveries of events that are no change of a record (the reminders): no change row, their own extra data.
ALTER TABLE webhook_delivery ALTER COLUMN change_id DROP NOT NULL;
ALTER TABLE webhook_delivery ADD COLUMN detail jsonb;

GRANT SELECT, INSERT, UPDATE, DELETE ON reporting_period, reporting_period_indicator, reporting_period_document,
    target, target_document, reporting_reminder TO ${app_role};

-- Audit trail (see V4 and V5).
CREATE FUNCTION audit_snapshot_reporting_periods(record uuid) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT to_jsonb(p) - 'search_text'
           || jsonb_build_object('indicators', coalesce((SELECT jsonb_agg(i.indicator_code ORDER BY i.position)
                                                         FROM reporting_period_indicator i WHERE i.period_id = p.id), '[]'),
                                 'documentIds', coalesce((SELECT jsonb_agg(d.document_id ORDER BY d.position)
                                                          FROM reporting_period_document d WHERE d.period_id = p.id), '[]'))
      FROM reporting_period p WHERE p.id = record
$$;
CREATE CONSTRAINT TRIGGER audit AFTER INSERT OR UPDATE ON reporting_period
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('reporting-periods', 'id');
CREATE CONSTRAINT TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON reporting_period_indicator
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('reporting-periods', 'period_id');
CREATE CONSTRAINT TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON reporting_period_document
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('reporting-periods', 'period_id');

CREATE FUNCTION audit_snapshot_targets(record uuid) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT to_jsonb(t) - 'search_text'
           || jsonb_build_object('documentIds', coalesce((SELECT jsonb_agg(d.document_id ORDER BY d.position)
                                                          FROM target_document d WHERE d.target_id = t.id), '[]'))
      FROM target t WHERE t.id = record
$$;
CREATE CONSTRAINT TRIGGER audit AFTER INSERT OR UPDATE ON target
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('targets', 'id');
CREATE CONSTRAINT TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON target_document
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('targets', 'target_id');

-- Change feeds (see V18).
CREATE FUNCTION record_change_state_reporting_periods(record uuid) RETURNS record_change_state LANGUAGE sql STABLE AS $$
    SELECT (unit_era, unit_code, unit_province, deleted_at IS NOT NULL, false)::record_change_state
      FROM reporting_period WHERE id = record
$$;
SELECT record_change_track('reporting-periods', 'reporting_period', 'id');
SELECT record_change_track('reporting-periods', 'reporting_period_indicator', 'period_id');
SELECT record_change_track('reporting-periods', 'reporting_period_document', 'period_id');

CREATE FUNCTION record_change_state_targets(record uuid) RETURNS record_change_state LANGUAGE sql STABLE AS $$
    SELECT (unit_era, unit_code, unit_province, deleted_at IS NOT NULL, false)::record_change_state
      FROM target WHERE id = record
$$;
SELECT record_change_track('targets', 'target', 'id');
SELECT record_change_track('targets', 'target_document', 'target_id');
