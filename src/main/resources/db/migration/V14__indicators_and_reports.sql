-- The indicator catalogue and the periodic indicator reports units send up the hierarchy.
--
-- An indicator is a figure with a stable code. A share-of indicator (residential groups with no new
-- crime) names the indicator it is part of (all residential groups); ratios are never stored: they are
-- recomputed from summed parts. Figures add up across units (aggregation 'sum'). An indicator may name
-- the figure the registry computes from its own records (record_figure), against which reported
-- figures are reconciled.

CREATE TABLE indicator (
    id             uuid PRIMARY KEY,
    code           varchar(60)   NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]*$'),
    name_vi        varchar(300)  COLLATE "vi-x-icu" NOT NULL,
    name_en        varchar(300)  NOT NULL,
    counts         varchar(1000) NOT NULL,
    kind           varchar(12)   NOT NULL CHECK (kind IN ('count', 'amount_vnd', 'people', 'units')),
    share_of       varchar(60),
    aggregation    varchar(8)    NOT NULL DEFAULT 'sum' CHECK (aggregation IN ('sum')),
    levels         jsonb         NOT NULL,
    valid_from     date,
    valid_to       date,
    record_figure  varchar(60)   CHECK (record_figure ~ '^[a-z_]+$'),
    version        bigint        NOT NULL DEFAULT 0,
    created_at     timestamptz   NOT NULL,
    updated_at     timestamptz   NOT NULL,
    deleted_at     timestamptz,
    search_text    text GENERATED ALWAYS AS (search_normalize(code || ' ' || name_vi || ' ' || name_en)) STORED,
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
    CHECK (share_of IS NULL OR share_of <> code)
);
-- Whether an indicator is reported at a level (the catalogue's list filter).
CREATE FUNCTION indicator_reported_at(levels jsonb, level text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT levels ? level
$$;
CREATE UNIQUE INDEX indicator_code_uq ON indicator (code) WHERE deleted_at IS NULL;
CREATE INDEX indicator_created_idx ON indicator (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX indicator_code_idx ON indicator (code, id) WHERE deleted_at IS NULL;
CREATE INDEX indicator_share_of_idx ON indicator (share_of) WHERE deleted_at IS NULL;
CREATE INDEX indicator_search_idx ON indicator USING gin (search_text gin_trgm_ops) WHERE deleted_at IS NULL;

CREATE TABLE indicator_report (
    id                uuid PRIMARY KEY,
    kind              varchar(10)   NOT NULL CHECK (kind IN ('annual', 'interim', 'final')),
    level             varchar(10)   NOT NULL CHECK (level IN ('central', 'province', 'district', 'commune')),
    unit_era          varchar(8),
    unit_code         varchar(5),
    unit_province     varchar(2),
    organization_id   uuid          NOT NULL REFERENCES organization (id),
    from_year         integer       NOT NULL CHECK (from_year BETWEEN 2000 AND 2100),
    to_year           integer       NOT NULL CHECK (to_year BETWEEN 2000 AND 2100),
    title             varchar(300)  COLLATE "vi-x-icu" NOT NULL,
    note              varchar(2000),
    status            varchar(10)   NOT NULL CHECK (status IN ('draft', 'submitted', 'accepted', 'returned')),
    submitted_by      varchar(200),
    submitted_at      timestamptz,
    decided_by        varchar(200),
    decided_at        timestamptz,
    return_reason     varchar(1000),
    version           bigint        NOT NULL DEFAULT 0,
    created_at        timestamptz   NOT NULL,
    updated_at        timestamptz   NOT NULL,
    deleted_at        timestamptz,
    search_text       text GENERATED ALWAYS AS (search_normalize(title || ' ' || coalesce(note, ''))) STORED,
    FOREIGN KEY (unit_era, unit_code) REFERENCES admin_unit (era, code),
    CHECK (to_year >= from_year),
    CHECK ((level = 'central') = (unit_code IS NULL)),
    CHECK ((unit_era IS NULL) = (unit_code IS NULL)),
    CHECK (status <> 'returned' OR return_reason IS NOT NULL)
);
-- One live report per unit, period and kind (the central level counts as one unit).
CREATE UNIQUE INDEX indicator_report_period_uq ON indicator_report
    (coalesce(unit_era, ''), coalesce(unit_code, ''), from_year, to_year, kind) WHERE deleted_at IS NULL;
CREATE INDEX indicator_report_created_idx ON indicator_report (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX indicator_report_updated_idx ON indicator_report (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX indicator_report_province_idx ON indicator_report (unit_province, from_year, to_year) WHERE deleted_at IS NULL;
CREATE INDEX indicator_report_unit_idx ON indicator_report (unit_era, unit_code, from_year) WHERE deleted_at IS NULL;
CREATE INDEX indicator_report_period_idx ON indicator_report (from_year, to_year, status) WHERE deleted_at IS NULL;
CREATE INDEX indicator_report_status_idx ON indicator_report (status, created_at) WHERE deleted_at IS NULL;
CREATE INDEX indicator_report_org_idx ON indicator_report (organization_id) WHERE deleted_at IS NULL;
CREATE INDEX indicator_report_search_idx ON indicator_report USING gin (search_text gin_trgm_ops) WHERE deleted_at IS NULL;

CREATE TRIGGER unit_province BEFORE INSERT OR UPDATE OF unit_era, unit_code ON indicator_report
    FOR EACH ROW EXECUTE FUNCTION set_unit_province();

CREATE TABLE indicator_report_value (
    report_id      uuid        NOT NULL REFERENCES indicator_report (id),
    position       integer     NOT NULL,
    indicator_code varchar(60) NOT NULL,
    value          bigint      NOT NULL CHECK (value >= 0),
    PRIMARY KEY (report_id, position)
);
CREATE UNIQUE INDEX indicator_report_value_code_uq ON indicator_report_value (report_id, indicator_code);
CREATE INDEX indicator_report_value_indicator_idx ON indicator_report_value (indicator_code);

-- Audit trail (see V4 and V5).
CREATE FUNCTION audit_snapshot_indicators(record uuid) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT to_jsonb(i) - 'search_text' FROM indicator i WHERE i.id = record
$$;
CREATE CONSTRAINT TRIGGER audit AFTER INSERT OR UPDATE ON indicator
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('indicators', 'id');

CREATE FUNCTION audit_snapshot_indicator_reports(record uuid) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT to_jsonb(r) - 'search_text'
           || jsonb_build_object('values', coalesce((SELECT jsonb_agg(to_jsonb(v) - 'report_id' ORDER BY v.position)
                                                     FROM indicator_report_value v WHERE v.report_id = r.id), '[]'))
      FROM indicator_report r WHERE r.id = record
$$;
CREATE CONSTRAINT TRIGGER audit AFTER INSERT OR UPDATE ON indicator_report
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('indicator-reports', 'id');
CREATE CONSTRAINT TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON indicator_report_value
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('indicator-reports', 'report_id');
