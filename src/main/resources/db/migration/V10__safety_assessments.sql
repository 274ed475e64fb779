-- "An toàn về ANTT" safety standard assessments (Circular 124/2021/TT-BCA, amended by 48/2025/TT-BCA):
-- one per subject and evaluation year. The subject is an administrative unit (commune, ward, township,
-- special zone), an organization of the registry (agency, enterprise, school) or a named residential
-- area inside a commune. Every assessment has a unit: the unit itself, the organization's unit, or the
-- area's commune; area checks, list filters and statistics use it (and its 2025 province, see V8).

CREATE TABLE safety_assessment (
    id               uuid PRIMARY KEY,
    subject_kind     varchar(20)   NOT NULL CHECK (subject_kind IN ('residential_area', 'commune', 'ward', 'township',
                         'special_zone', 'agency', 'enterprise', 'school')),
    year             integer       NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    unit_era         varchar(8)    NOT NULL,
    unit_code        varchar(5)    NOT NULL,
    unit_province    varchar(2),
    organization_id  uuid REFERENCES organization (id),
    area_name        varchar(200)  COLLATE "vi-x-icu",
    period_start     date,
    period_end       date,
    attained         boolean       NOT NULL,
    recognized_by_id uuid REFERENCES organization (id),
    decision_number  varchar(60),
    decided_on       date,
    note             varchar(2000),
    version          bigint        NOT NULL DEFAULT 0,
    created_at       timestamptz   NOT NULL,
    updated_at       timestamptz   NOT NULL,
    deleted_at       timestamptz,
    -- What is assessed, whatever its kind: one assessment per subject and year (see the unique index).
    subject_key      text GENERATED ALWAYS AS (CASE
                         WHEN organization_id IS NOT NULL THEN 'org:' || organization_id::text
                         WHEN area_name IS NOT NULL THEN 'area:' || unit_era || ':' || unit_code || ':' || search_normalize(area_name)
                         ELSE 'unit:' || unit_era || ':' || unit_code END) STORED,
    search_text      text GENERATED ALWAYS AS (search_normalize(coalesce(area_name, '') || ' '
                         || coalesce(decision_number, '') || ' ' || coalesce(note, ''))) STORED,
    FOREIGN KEY (unit_era, unit_code) REFERENCES admin_unit (era, code),
    CHECK ((subject_kind IN ('agency', 'enterprise', 'school')) = (organization_id IS NOT NULL)),
    CHECK ((subject_kind = 'residential_area') = (area_name IS NOT NULL)),
    CHECK (period_end IS NULL OR period_start IS NULL OR period_end >= period_start)
);
CREATE UNIQUE INDEX safety_assessment_subject_uq ON safety_assessment (subject_key, year) WHERE deleted_at IS NULL;
CREATE INDEX safety_assessment_year_idx ON safety_assessment (year, id) WHERE deleted_at IS NULL;
CREATE INDEX safety_assessment_created_idx ON safety_assessment (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX safety_assessment_updated_idx ON safety_assessment (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX safety_assessment_decided_idx ON safety_assessment (decided_on, id) WHERE deleted_at IS NULL;
CREATE INDEX safety_assessment_unit_idx ON safety_assessment (unit_era, unit_code, year) WHERE deleted_at IS NULL;
CREATE INDEX safety_assessment_province_idx ON safety_assessment (unit_province, year) WHERE deleted_at IS NULL;
CREATE INDEX safety_assessment_kind_idx ON safety_assessment (subject_kind, year) WHERE deleted_at IS NULL;
CREATE INDEX safety_assessment_attained_idx ON safety_assessment (attained, year) WHERE deleted_at IS NULL;
CREATE INDEX safety_assessment_org_idx ON safety_assessment (organization_id) WHERE deleted_at IS NULL;
CREATE INDEX safety_assessment_recognized_idx ON safety_assessment (recognized_by_id) WHERE deleted_at IS NULL;
CREATE INDEX safety_assessment_search_idx ON safety_assessment USING gin (search_text gin_trgm_ops) WHERE deleted_at IS NULL;

CREATE TRIGGER unit_province BEFORE INSERT OR UPDATE OF unit_era, unit_code ON safety_assessment
    FOR EACH ROW EXECUTE FUNCTION set_unit_province();

-- Audit trail (see V4 and V5).
CREATE FUNCTION audit_snapshot_safety_assessments(record uuid) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT to_jsonb(s) - 'search_text' - 'subject_key' FROM safety_assessment s WHERE s.id = record
$$;
CREATE CONSTRAINT TRIGGER audit AFTER INSERT OR UPDATE ON safety_assessment
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('safety-assessments', 'id');

-- Statistics: the record tables are grouped by year within a province or a unit.
CREATE INDEX award_decision_issuer_idx ON award_decision (issuer_id, signed_on) WHERE deleted_at IS NULL;
CREATE INDEX grassroots_model_province_unit_idx ON grassroots_model (unit_province, unit_era, unit_code) WHERE deleted_at IS NULL;
CREATE INDEX festival_province_year_idx ON festival (unit_province, year) WHERE deleted_at IS NULL;
