-- Grassroots models (mô hình) with their points (điểm mô hình) and status history, and award decisions
-- (khen thưởng) with their recipients.
--
-- Mediation teams (tổ hòa giải) are models of the category self_mediation whose points are the teams:
-- a team has exactly what a point has (area, managing organization, start date, members), the movement
-- reports them among the self-prevention / self-management / self-protection / self-mediation models,
-- and their totals roll up the same way. A resource of their own would repeat this schema and its filters.
--
-- A model's totals (points, teams, members) and its current status are derived, never stored: the view
-- grassroots_model_figures computes them from the points and the status history.

CREATE TABLE grassroots_model (
    id                  uuid PRIMARY KEY,
    name                varchar(300) COLLATE "vi-x-icu" NOT NULL,
    description         varchar(4000),
    category            varchar(20)  NOT NULL CHECK (category IN ('self_prevention', 'self_management',
                            'self_protection', 'self_mediation', 'other')),
    topic               varchar(30)  NOT NULL CHECK (topic IN ('security_order', 'food_safety', 'environment',
                            'traffic_safety', 'youth', 'women_children', 'reintegration', 'religion_ethnicity',
                            'border', 'cyberspace', 'social_evils', 'other')),
    unit_era            varchar(8)   NOT NULL,
    unit_code           varchar(5)   NOT NULL,
    established_on      date,
    replicated_from_id  uuid REFERENCES grassroots_model (id),
    recognized_by_id    uuid REFERENCES organization (id),
    recognition_decision varchar(60),
    recognized_on       date,
    version             bigint       NOT NULL DEFAULT 0,
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL,
    deleted_at          timestamptz,
    search_text         text GENERATED ALWAYS AS (search_normalize(name || ' ' || coalesce(description, ''))) STORED,
    FOREIGN KEY (unit_era, unit_code) REFERENCES admin_unit (era, code),
    CHECK (replicated_from_id IS NULL OR replicated_from_id <> id),
    CHECK (recognized_by_id IS NOT NULL OR (recognition_decision IS NULL AND recognized_on IS NULL))
);
CREATE INDEX grassroots_model_name_idx ON grassroots_model (name, id) WHERE deleted_at IS NULL;
CREATE INDEX grassroots_model_created_idx ON grassroots_model (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX grassroots_model_updated_idx ON grassroots_model (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX grassroots_model_unit_idx ON grassroots_model (unit_era, unit_code) WHERE deleted_at IS NULL;
CREATE INDEX grassroots_model_category_idx ON grassroots_model (category) WHERE deleted_at IS NULL;
CREATE INDEX grassroots_model_topic_idx ON grassroots_model (topic) WHERE deleted_at IS NULL;
CREATE INDEX grassroots_model_established_idx ON grassroots_model (established_on) WHERE deleted_at IS NULL;
CREATE INDEX grassroots_model_replicated_idx ON grassroots_model (replicated_from_id) WHERE deleted_at IS NULL;
CREATE INDEX grassroots_model_recognized_idx ON grassroots_model (recognized_by_id) WHERE deleted_at IS NULL;
CREATE INDEX grassroots_model_search_idx ON grassroots_model USING gin (search_text gin_trgm_ops) WHERE deleted_at IS NULL;

CREATE TABLE model_sponsor (
    model_id        uuid NOT NULL REFERENCES grassroots_model (id),
    position        int  NOT NULL,
    organization_id uuid NOT NULL REFERENCES organization (id),
    PRIMARY KEY (model_id, position),
    UNIQUE (model_id, organization_id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX model_sponsor_org_idx ON model_sponsor (organization_id);

-- The status history: one row per change, appended and never changed or removed (see the trigger below).
CREATE TABLE model_status (
    model_id     uuid         NOT NULL REFERENCES grassroots_model (id),
    position     int          NOT NULL,
    status       varchar(12)  NOT NULL CHECK (status IN ('active', 'maintained', 'replicated', 'dissolved')),
    since        date         NOT NULL,
    reason       varchar(2000),
    recorded_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (model_id, position),
    CHECK (status <> 'dissolved' OR reason IS NOT NULL)
);
CREATE INDEX model_status_status_idx ON model_status (status, model_id);

CREATE FUNCTION model_status_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a model''s status history is appended to, never changed' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER model_status_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON model_status
    FOR EACH STATEMENT EXECUTE FUNCTION model_status_append_only();

-- Points of a model: records of their own (own version and ETag), recorded in their model's history.
CREATE TABLE model_point (
    id               uuid PRIMARY KEY,
    model_id         uuid         NOT NULL REFERENCES grassroots_model (id),
    name             varchar(300) COLLATE "vi-x-icu",
    unit_era         varchar(8)   NOT NULL,
    unit_code        varchar(5)   NOT NULL,
    organization_id  uuid REFERENCES organization (id),
    started_on       date,
    teams            int CHECK (teams >= 0),
    members          int CHECK (members >= 0),
    note             varchar(2000),
    version          bigint       NOT NULL DEFAULT 0,
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL,
    deleted_at       timestamptz,
    search_text      text GENERATED ALWAYS AS (search_normalize(coalesce(name, '') || ' ' || coalesce(note, ''))) STORED,
    FOREIGN KEY (unit_era, unit_code) REFERENCES admin_unit (era, code)
);
CREATE INDEX model_point_model_idx ON model_point (model_id, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX model_point_model_updated_idx ON model_point (model_id, updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX model_point_unit_idx ON model_point (unit_era, unit_code) WHERE deleted_at IS NULL;
CREATE INDEX model_point_org_idx ON model_point (organization_id) WHERE deleted_at IS NULL;
CREATE INDEX model_point_search_idx ON model_point USING gin (search_text gin_trgm_ops) WHERE deleted_at IS NULL;

-- Derived figures of each model: totals of its live points (teams and members of the points that report
-- them) and its current status, the last entry of its history.
CREATE VIEW grassroots_model_figures AS
SELECT m.id AS model_id,
       t.point_count,
       t.team_count,
       t.member_count,
       s.status,
       s.since AS status_since
  FROM grassroots_model m
 CROSS JOIN LATERAL (SELECT count(*) AS point_count,
                            coalesce(sum(p.teams), 0) AS team_count,
                            coalesce(sum(p.members), 0) AS member_count
                       FROM model_point p
                      WHERE p.model_id = m.id AND p.deleted_at IS NULL) t
  LEFT JOIN LATERAL (SELECT h.status, h.since
                       FROM model_status h
                      WHERE h.model_id = m.id
                      ORDER BY h.position DESC
                      LIMIT 1) s ON true;

-- Award decisions. The number is unique per issuer among live decisions; an annulled decision keeps it.
CREATE TABLE award_decision (
    id                    uuid PRIMARY KEY,
    number                varchar(60)   NOT NULL,
    signed_on             date          NOT NULL,
    issuer_id             uuid          NOT NULL REFERENCES organization (id),
    signer_title          varchar(200),
    form                  varchar(40)   NOT NULL CHECK (form IN ('prime_minister_certificate', 'minister_certificate',
                              'province_chairman_certificate', 'police_director_commendation',
                              'district_chairman_commendation', 'commune_chairman_commendation',
                              'commemorative_medal', 'other')),
    occasion              varchar(20)   NOT NULL CHECK (occasion IN ('program', 'review_conference', 'festival',
                              'annual_movement', 'other')),
    occasion_program_id   uuid REFERENCES program (id),
    occasion_agreement_id uuid REFERENCES coordination_agreement (id),
    occasion_year         int CHECK (occasion_year BETWEEN 1945 AND 2100),
    achievement           varchar(4000),
    status                varchar(10)   NOT NULL CHECK (status IN ('valid', 'annulled')),
    annulled_by_number    varchar(60),
    annulled_on           date,
    annulment_reason      varchar(2000),
    version               bigint        NOT NULL DEFAULT 0,
    created_at            timestamptz   NOT NULL,
    updated_at            timestamptz   NOT NULL,
    deleted_at            timestamptz,
    search_text           text GENERATED ALWAYS AS (search_normalize(number || ' ' || coalesce(achievement, ''))) STORED,
    CHECK ((status = 'annulled') = (annulled_by_number IS NOT NULL AND annulled_on IS NOT NULL AND annulment_reason IS NOT NULL))
);
CREATE UNIQUE INDEX award_decision_number_uq ON award_decision (issuer_id, number) WHERE deleted_at IS NULL;
CREATE INDEX award_decision_signed_idx ON award_decision (signed_on, id) WHERE deleted_at IS NULL;
CREATE INDEX award_decision_number_idx ON award_decision (number, id) WHERE deleted_at IS NULL;
CREATE INDEX award_decision_created_idx ON award_decision (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX award_decision_updated_idx ON award_decision (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX award_decision_form_idx ON award_decision (form, status) WHERE deleted_at IS NULL;
CREATE INDEX award_decision_occasion_idx ON award_decision (occasion) WHERE deleted_at IS NULL;
CREATE INDEX award_decision_program_idx ON award_decision (occasion_program_id) WHERE deleted_at IS NULL;
CREATE INDEX award_decision_agreement_idx ON award_decision (occasion_agreement_id) WHERE deleted_at IS NULL;
CREATE INDEX award_decision_status_idx ON award_decision (status) WHERE deleted_at IS NULL;
CREATE INDEX award_decision_search_idx ON award_decision USING gin (search_text gin_trgm_ops) WHERE deleted_at IS NULL;

-- Recipients: a collective (an organization of the registry, or a named collective) or an individual.
-- name_key is the name without case and diacritics: recipient search, and with birth_date the identity of
-- an individual (the commemorative medal goes to a person once).
CREATE TABLE award_recipient (
    award_id         uuid         NOT NULL REFERENCES award_decision (id),
    position         int          NOT NULL,
    kind             varchar(12)  NOT NULL CHECK (kind IN ('collective', 'individual')),
    organization_id  uuid REFERENCES organization (id),
    name             varchar(300) NOT NULL,
    job_title        varchar(200),
    work_unit        varchar(300),
    gender           varchar(6) CHECK (gender IN ('male', 'female')),
    birth_date       date,
    name_key         text GENERATED ALWAYS AS (search_normalize(name)) STORED,
    PRIMARY KEY (award_id, position),
    UNIQUE (award_id, organization_id) DEFERRABLE INITIALLY DEFERRED,
    CHECK (kind = 'collective' OR organization_id IS NULL)
);
CREATE INDEX award_recipient_org_idx ON award_recipient (organization_id) WHERE organization_id IS NOT NULL;
CREATE INDEX award_recipient_identity_idx ON award_recipient (name_key, birth_date) WHERE kind = 'individual';
CREATE INDEX award_recipient_name_idx ON award_recipient USING gin (name_key gin_trgm_ops);

-- Audit: a model's snapshot holds its sponsors, status history and points; an award's its recipients.
CREATE FUNCTION audit_snapshot_models(record uuid) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT to_jsonb(m) - 'search_text'
           || jsonb_build_object(
                'sponsors', coalesce((SELECT jsonb_agg(s.organization_id ORDER BY s.position)
                                      FROM model_sponsor s WHERE s.model_id = m.id), '[]'),
                'status_history', coalesce((SELECT jsonb_agg(to_jsonb(h) - 'model_id' ORDER BY h.position)
                                            FROM model_status h WHERE h.model_id = m.id), '[]'),
                'points', coalesce((SELECT jsonb_agg(to_jsonb(p) - 'model_id' - 'search_text' ORDER BY p.created_at, p.id)
                                    FROM model_point p WHERE p.model_id = m.id), '[]'))
      FROM grassroots_model m WHERE m.id = record
$$;

CREATE FUNCTION audit_snapshot_awards(record uuid) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT to_jsonb(a) - 'search_text'
           || jsonb_build_object(
                'recipients', coalesce((SELECT jsonb_agg(to_jsonb(r) - 'award_id' - 'name_key' ORDER BY r.position)
                                        FROM award_recipient r WHERE r.award_id = a.id), '[]'))
      FROM award_decision a WHERE a.id = record
$$;

CREATE CONSTRAINT TRIGGER audit AFTER INSERT OR UPDATE ON grassroots_model
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('models', 'id');
CREATE CONSTRAINT TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON model_sponsor
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('models', 'model_id');
CREATE CONSTRAINT TRIGGER audit AFTER INSERT ON model_status
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('models', 'model_id');
CREATE CONSTRAINT TRIGGER audit AFTER INSERT OR UPDATE ON model_point
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('models', 'model_id');
CREATE CONSTRAINT TRIGGER audit AFTER INSERT OR UPDATE ON award_decision
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('awards', 'id');
CREATE CONSTRAINT TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON award_recipient
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('awards', 'award_id');
