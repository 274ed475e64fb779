-- Succession events of organizations (the 2025 reform: district police dissolved on 1 March 2025,
-- provinces merged and the district level abolished on 1 July 2025): an event of a kind, on a date, on a
-- legal basis, names the organizations before it (predecessors) and after it (successors, each with
-- what passed to it). Every kind but functions_transferred ends its predecessors: their active_to is set
-- to the day before the event. The lineage of an organization follows these edges both ways.

CREATE TABLE organization_succession (
    id            uuid PRIMARY KEY,
    kind          varchar(24)   NOT NULL CHECK (kind IN ('merged', 'split', 'dissolved', 'renamed', 'functions_transferred')),
    effective_on  date          NOT NULL,
    legal_basis   varchar(500)  COLLATE "vi-x-icu",
    note          varchar(2000),
    version       bigint        NOT NULL DEFAULT 0,
    created_at    timestamptz   NOT NULL,
    updated_at    timestamptz   NOT NULL,
    deleted_at    timestamptz,
    search_text   text GENERATED ALWAYS AS (search_normalize(coalesce(legal_basis, '') || ' ' || coalesce(note, ''))) STORED
);
CREATE INDEX organization_succession_effective_idx ON organization_succession (effective_on, id) WHERE deleted_at IS NULL;
CREATE INDEX organization_succession_created_idx ON organization_succession (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX organization_succession_updated_idx ON organization_succession (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX organization_succession_kind_idx ON organization_succession (kind, effective_on) WHERE deleted_at IS NULL;
CREATE INDEX organization_succession_search_idx ON organization_succession USING gin (search_text gin_trgm_ops) WHERE deleted_at IS NULL;

CREATE TABLE organization_succession_predecessor (
    succession_id    uuid NOT NULL REFERENCES organization_succession (id),
    position         int  NOT NULL,
    organization_id  uuid NOT NULL REFERENCES organization (id),
    PRIMARY KEY (succession_id, position)
);
-- The lineage walks from an organization to the events it is named in, both ways.
CREATE INDEX organization_succession_predecessor_org_idx ON organization_succession_predecessor (organization_id, succession_id);

CREATE TABLE organization_succession_successor (
    succession_id    uuid NOT NULL REFERENCES organization_succession (id),
    position         int  NOT NULL,
    organization_id  uuid NOT NULL REFERENCES organization (id),
    receives         varchar(1000),
    PRIMARY KEY (succession_id, position)
);
CREATE INDEX organization_succession_successor_org_idx ON organization_succession_successor (organization_id, succession_id);

GRANT SELECT, INSERT, UPDATE, DELETE ON organization_succession, organization_succession_predecessor,
    organization_succession_successor TO ${app_role};

-- Audit trail (see V4 and V5).
CREATE FUNCTION audit_snapshot_organization_successions(record uuid) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT to_jsonb(s) - 'search_text'
           || jsonb_build_object(
                'predecessors', coalesce((SELECT jsonb_agg(p.organization_id ORDER BY p.position)
                                          FROM organization_succession_predecessor p WHERE p.succession_id = s.id), '[]'),
                'successors', coalesce((SELECT jsonb_agg(jsonb_build_object('organizationId', x.organization_id,
                                                                            'receives', x.receives) ORDER BY x.position)
                                        FROM organization_succession_successor x WHERE x.succession_id = s.id), '[]'))
      FROM organization_succession s WHERE s.id = record
$$;
CREATE CONSTRAINT TRIGGER audit AFTER INSERT OR UPDATE ON organization_succession
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('organization-successions', 'id');
CREATE CONSTRAINT TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON organization_succession_predecessor
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('organization-successions', 'succession_id');
CREATE CONSTRAINT TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON organization_succession_successor
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('organization-successions', 'succession_id');
