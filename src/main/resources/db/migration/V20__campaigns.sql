-- Campaign launches (lễ phát động): a launch of the movement, a thematic campaign (e.g. against theft) or
-- the signing of an emulation pledge, held by a unit (none at the central level) and organized by
-- organizations. A campaign may name the indicator report that accounts for it. The statistics count them.

CREATE TABLE campaign (
    id                   uuid PRIMARY KEY,
    kind                 varchar(20)   NOT NULL CHECK (kind IN ('movement_launch', 'thematic_campaign', 'emulation_pledge')),
    launched_on          date          NOT NULL,
    level                varchar(10)   NOT NULL CHECK (level IN ('central', 'province', 'district', 'commune')),
    unit_era             varchar(8),
    unit_code            varchar(5),
    unit_province        varchar(2),
    title                varchar(300)  COLLATE "vi-x-icu" NOT NULL,
    participants         integer       CHECK (participants >= 0),
    description          varchar(4000),
    indicator_report_id  uuid          REFERENCES indicator_report (id),
    version              bigint        NOT NULL DEFAULT 0,
    created_at           timestamptz   NOT NULL,
    updated_at           timestamptz   NOT NULL,
    deleted_at           timestamptz,
    search_text          text GENERATED ALWAYS AS (search_normalize(title || ' ' || coalesce(description, ''))) STORED,
    FOREIGN KEY (unit_era, unit_code) REFERENCES admin_unit (era, code),
    CHECK ((unit_era IS NULL) = (unit_code IS NULL))
);
CREATE INDEX campaign_launched_idx ON campaign (launched_on, id) WHERE deleted_at IS NULL;
CREATE INDEX campaign_created_idx ON campaign (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX campaign_updated_idx ON campaign (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX campaign_province_idx ON campaign (unit_province, launched_on) WHERE deleted_at IS NULL;
CREATE INDEX campaign_unit_idx ON campaign (unit_era, unit_code, launched_on) WHERE deleted_at IS NULL;
CREATE INDEX campaign_kind_idx ON campaign (kind, launched_on) WHERE deleted_at IS NULL;
CREATE INDEX campaign_level_idx ON campaign (level, launched_on) WHERE deleted_at IS NULL;
CREATE INDEX campaign_report_idx ON campaign (indicator_report_id) WHERE indicator_report_id IS NOT NULL;
CREATE INDEX campaign_search_idx ON campaign USING gin (search_text gin_trgm_ops) WHERE deleted_at IS NULL;

CREATE TRIGGER unit_province BEFORE INSERT OR UPDATE OF unit_era, unit_code ON campaign
    FOR EACH ROW EXECUTE FUNCTION set_unit_province();

CREATE TABLE campaign_organizer (
    campaign_id      uuid NOT NULL REFERENCES campaign (id),
    position         int  NOT NULL,
    organization_id  uuid NOT NULL REFERENCES organization (id),
    PRIMARY KEY (campaign_id, position)
);
CREATE INDEX campaign_organizer_org_idx ON campaign_organizer (organization_id);

GRANT SELECT, INSERT, UPDATE, DELETE ON campaign, campaign_organizer TO ${app_role};

-- Audit trail (see V4 and V5).
CREATE FUNCTION audit_snapshot_campaigns(record uuid) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT to_jsonb(c) - 'search_text'
           || jsonb_build_object('organizers', coalesce((SELECT jsonb_agg(o.organization_id ORDER BY o.position)
                                                         FROM campaign_organizer o WHERE o.campaign_id = c.id), '[]'))
      FROM campaign c WHERE c.id = record
$$;
CREATE CONSTRAINT TRIGGER audit AFTER INSERT OR UPDATE ON campaign
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('campaigns', 'id');
CREATE CONSTRAINT TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON campaign_organizer
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('campaigns', 'campaign_id');

-- Change feed (see V18).
CREATE FUNCTION record_change_state_campaigns(record uuid) RETURNS record_change_state LANGUAGE sql STABLE AS $$
    SELECT (unit_era, unit_code, unit_province, deleted_at IS NOT NULL, false)::record_change_state
      FROM campaign WHERE id = record
$$;
SELECT record_change_track('campaigns', 'campaign', 'id');
SELECT record_change_track('campaigns', 'campaign_organizer', 'campaign_id');
