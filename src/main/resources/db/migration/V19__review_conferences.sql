-- Review conferences (hội nghị sơ kết, tổng kết, tổng kết năm) as records of their own, and the move of
-- the reviews that were stored inside programs and agreements (program_review, agreement_review) into them.
--
-- A conference is held by a unit (none at the central level), hosted by organizations, in person, online
-- or both with a number of bridge points, and reviews a program, an agreement, a year or a span of years,
-- or a festival year. It may present an indicator report and give award decisions. The free-text figures
-- of the embedded reviews are kept as they were (figures), so that nothing is lost in the move.

CREATE TABLE review_conference (
    id                   uuid PRIMARY KEY,
    kind                 varchar(10)   NOT NULL CHECK (kind IN ('annual', 'interim', 'final')),
    held_on              date          NOT NULL,
    level                varchar(10)   NOT NULL CHECK (level IN ('central', 'province', 'district', 'commune', 'village')),
    unit_era             varchar(8),
    unit_code            varchar(5),
    unit_province        varchar(2),
    title                varchar(300)  COLLATE "vi-x-icu" NOT NULL,
    format               varchar(10)   CHECK (format IN ('in_person', 'online', 'both')),
    bridge_points        integer       CHECK (bridge_points >= 0),
    -- What it reviewed. Deferred: a program written with its (deprecated) reviews creates the conference
    -- in the same transaction, before the program's own row is inserted.
    program_id           uuid          REFERENCES program (id) DEFERRABLE INITIALLY DEFERRED,
    agreement_id         uuid          REFERENCES coordination_agreement (id) DEFERRABLE INITIALLY DEFERRED,
    from_year            integer       CHECK (from_year BETWEEN 1945 AND 2100),
    to_year              integer       CHECK (to_year BETWEEN 1945 AND 2100),
    festival_year        integer       CHECK (festival_year BETWEEN 1945 AND 2100),
    indicator_report_id  uuid          REFERENCES indicator_report (id),
    leaders              varchar(300)[] NOT NULL DEFAULT '{}',
    summary              varchar(4000),
    figures              jsonb         NOT NULL DEFAULT '[]',
    version              bigint        NOT NULL DEFAULT 0,
    created_at           timestamptz   NOT NULL,
    updated_at           timestamptz   NOT NULL,
    deleted_at           timestamptz,
    search_text          text GENERATED ALWAYS AS (search_normalize(title || ' ' || coalesce(summary, ''))) STORED,
    FOREIGN KEY (unit_era, unit_code) REFERENCES admin_unit (era, code),
    CHECK ((unit_era IS NULL) = (unit_code IS NULL)),
    CHECK (to_year IS NULL OR from_year IS NOT NULL),
    CHECK (to_year IS NULL OR to_year >= from_year)
);
CREATE INDEX review_conference_held_idx ON review_conference (held_on, id) WHERE deleted_at IS NULL;
CREATE INDEX review_conference_created_idx ON review_conference (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX review_conference_updated_idx ON review_conference (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX review_conference_province_idx ON review_conference (unit_province, held_on) WHERE deleted_at IS NULL;
CREATE INDEX review_conference_unit_idx ON review_conference (unit_era, unit_code, held_on) WHERE deleted_at IS NULL;
CREATE INDEX review_conference_kind_idx ON review_conference (kind, held_on) WHERE deleted_at IS NULL;
CREATE INDEX review_conference_program_idx ON review_conference (program_id) WHERE program_id IS NOT NULL;
CREATE INDEX review_conference_agreement_idx ON review_conference (agreement_id) WHERE agreement_id IS NOT NULL;
CREATE INDEX review_conference_report_idx ON review_conference (indicator_report_id) WHERE indicator_report_id IS NOT NULL;
CREATE INDEX review_conference_search_idx ON review_conference USING gin (search_text gin_trgm_ops) WHERE deleted_at IS NULL;

CREATE TRIGGER unit_province BEFORE INSERT OR UPDATE OF unit_era, unit_code ON review_conference
    FOR EACH ROW EXECUTE FUNCTION set_unit_province();

CREATE TABLE review_conference_host (
    conference_id    uuid NOT NULL REFERENCES review_conference (id),
    position         int  NOT NULL,
    organization_id  uuid NOT NULL REFERENCES organization (id),
    PRIMARY KEY (conference_id, position)
);
CREATE INDEX review_conference_host_org_idx ON review_conference_host (organization_id);

CREATE TABLE review_conference_award (
    conference_id  uuid NOT NULL REFERENCES review_conference (id),
    position       int  NOT NULL,
    award_id       uuid NOT NULL REFERENCES award_decision (id),
    PRIMARY KEY (conference_id, position)
);
CREATE INDEX review_conference_award_award_idx ON review_conference_award (award_id);

GRANT SELECT, INSERT, UPDATE, DELETE ON review_conference, review_conference_host, review_conference_award TO ${app_role};

-- The move. Every embedded review becomes one conference: kind, date, title, summary and figures as they
-- were; its host as the first host; the reviewed program or agreement; the unit of its program or
-- agreement, and the level of that owner (an agreement's: the level of its unit). A review of a deleted
-- program or agreement moves too, deleted with it.
CREATE TEMPORARY TABLE moved_review ON COMMIT DROP AS
SELECT gen_random_uuid() AS id, r.kind, r.held_on, p.level, p.unit_era, p.unit_code, r.title, r.summary, r.figures,
       r.host_organization_id, p.id AS program_id, NULL::uuid AS agreement_id, p.deleted_at, r.position
  FROM program_review r JOIN program p ON p.id = r.program_id
UNION ALL
SELECT gen_random_uuid(), r.kind, r.held_on, coalesce(u.level, 'central'), a.unit_era, a.unit_code, r.title, r.summary,
       r.figures, r.host_organization_id, NULL, a.id, a.deleted_at, r.position
  FROM agreement_review r JOIN coordination_agreement a ON a.id = r.agreement_id
  LEFT JOIN admin_unit u ON u.era = a.unit_era AND u.code = a.unit_code;

INSERT INTO review_conference (id, kind, held_on, level, unit_era, unit_code, title, summary, figures,
                               program_id, agreement_id, created_at, updated_at, deleted_at)
SELECT id, kind, held_on, level, unit_era, unit_code, title, summary, figures, program_id, agreement_id,
       now(), now(), deleted_at
  FROM moved_review
 ORDER BY coalesce(program_id, agreement_id), position;

INSERT INTO review_conference_host (conference_id, position, organization_id)
SELECT id, 0, host_organization_id FROM moved_review WHERE host_organization_id IS NOT NULL;

-- The embedded reviews now live only in review_conference: their tables go (with their triggers), and
-- the audit snapshots of programs and agreements no longer carry them.
DROP TABLE program_review;
DROP TABLE agreement_review;

CREATE OR REPLACE FUNCTION audit_snapshot_programs(record uuid) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT to_jsonb(p) - 'search_text'
           || jsonb_build_object(
                'signatories', coalesce((SELECT jsonb_agg(s.organization_id ORDER BY s.position)
                                         FROM program_signatory s WHERE s.program_id = p.id), '[]'))
      FROM program p WHERE p.id = record
$$;

CREATE OR REPLACE FUNCTION audit_snapshot_coordination_agreements(record uuid) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT to_jsonb(a) - 'search_text'
           || jsonb_build_object(
                'parties', coalesce((SELECT jsonb_agg(to_jsonb(x) - 'agreement_id' ORDER BY x.position)
                                     FROM agreement_party x WHERE x.agreement_id = a.id), '[]'))
      FROM coordination_agreement a WHERE a.id = record
$$;

-- Audit trail (see V4 and V5).
CREATE FUNCTION audit_snapshot_review_conferences(record uuid) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT to_jsonb(c) - 'search_text'
           || jsonb_build_object(
                'hosts', coalesce((SELECT jsonb_agg(h.organization_id ORDER BY h.position)
                                   FROM review_conference_host h WHERE h.conference_id = c.id), '[]'),
                'awards', coalesce((SELECT jsonb_agg(w.award_id ORDER BY w.position)
                                    FROM review_conference_award w WHERE w.conference_id = c.id), '[]'))
      FROM review_conference c WHERE c.id = record
$$;
CREATE CONSTRAINT TRIGGER audit AFTER INSERT OR UPDATE ON review_conference
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('review-conferences', 'id');
CREATE CONSTRAINT TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON review_conference_host
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('review-conferences', 'conference_id');
CREATE CONSTRAINT TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON review_conference_award
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('review-conferences', 'conference_id');
-- The conferences moved here begin their history as they are now (attributed to the migrating role).
SELECT audit_record('review-conferences', id) FROM review_conference ORDER BY id;

-- Change feed (see V18).
CREATE FUNCTION record_change_state_review_conferences(record uuid) RETURNS record_change_state LANGUAGE sql STABLE AS $$
    SELECT (unit_era, unit_code, unit_province, deleted_at IS NOT NULL, false)::record_change_state
      FROM review_conference WHERE id = record
$$;
SELECT record_change_track('review-conferences', 'review_conference', 'id');
SELECT record_change_track('review-conferences', 'review_conference_host', 'conference_id');
SELECT record_change_track('review-conferences', 'review_conference_award', 'conference_id');

-- A program's or an agreement's (deprecated) reviews are derived from the conferences that review it:
-- a change to such a conference is a change of the program or agreement for their feeds, the one it
-- reviewed before as well as the one it reviews now.
CREATE FUNCTION review_conference_owner_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        IF OLD.program_id IS NOT NULL THEN PERFORM record_change_note('programs', OLD.program_id); END IF;
        IF OLD.agreement_id IS NOT NULL THEN PERFORM record_change_note('coordination-agreements', OLD.agreement_id); END IF;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        IF NEW.program_id IS NOT NULL THEN PERFORM record_change_note('programs', NEW.program_id); END IF;
        IF NEW.agreement_id IS NOT NULL THEN PERFORM record_change_note('coordination-agreements', NEW.agreement_id); END IF;
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER review_conference_owner_change AFTER INSERT OR UPDATE OR DELETE ON review_conference
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION review_conference_owner_change();

-- The conferences moved here enter the log once, as they are now.
INSERT INTO record_change (collection, record_id, action, unit_era, unit_code, unit_province)
SELECT 'review-conferences', c.id, CASE WHEN c.deleted_at IS NOT NULL THEN 'delete' ELSE 'create' END,
       c.unit_era, c.unit_code, c.unit_province
  FROM review_conference c ORDER BY c.id;
