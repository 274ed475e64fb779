-- Festival days (Ngày hội toàn dân bảo vệ ANTQ): the points where communes, villages, agencies and
-- schools hold the festival, their schedule, and after the event their report.

CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS earthdistance;

-- Festival changes are numbered. Every transaction that writes festivals first takes the festival
-- writers' lock (a transaction-level advisory lock, held until commit) and only then numbers its
-- changes, so festival writers commit in the order of their numbers: a reader that sees change N has
-- seen every change below N. The incremental sync feed and the list ETags stand on this; it costs
-- festival writers a short serialisation, which their rate easily allows.
CREATE SEQUENCE festival_change_seq;

CREATE FUNCTION festival_writers_lock() RETURNS void LANGUAGE sql AS $$
    SELECT pg_advisory_xact_lock(hashtext('antq.festival-writers'))
$$;

CREATE TABLE festival (
    id                 uuid PRIMARY KEY,
    year               integer       NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    title              varchar(300)  COLLATE "vi-x-icu" NOT NULL,
    unit_era           varchar(8)    NOT NULL,
    unit_code          varchar(5)    NOT NULL,
    local_area         varchar(200),
    starts_at          timestamptz   NOT NULL,
    ends_at            timestamptz   NOT NULL,
    previous_starts_at timestamptz,
    status             varchar(10)   NOT NULL CHECK (status IN ('planned', 'held', 'postponed', 'cancelled')),
    venue_name         varchar(300)  NOT NULL,
    venue_address      varchar(500),
    latitude           double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude          double precision CHECK (longitude BETWEEN -180 AND 180),
    leaders            jsonb         NOT NULL DEFAULT '[]',
    participants       integer       CHECK (participants >= 0),
    gift_count         integer       CHECK (gift_count >= 0),
    gift_value_vnd     bigint        CHECK (gift_value_vnd >= 0),
    note               varchar(2000),
    change_seq         bigint        NOT NULL,
    version            bigint        NOT NULL DEFAULT 0,
    created_at         timestamptz   NOT NULL,
    updated_at         timestamptz   NOT NULL,
    deleted_at         timestamptz,
    search_text        text GENERATED ALWAYS AS (search_normalize(title || ' ' || venue_name || ' ' || coalesce(local_area, ''))) STORED,
    FOREIGN KEY (unit_era, unit_code) REFERENCES admin_unit (era, code),
    CHECK (ends_at > starts_at),
    CHECK ((latitude IS NULL) = (longitude IS NULL))
);
CREATE INDEX festival_starts_idx ON festival (starts_at, id) WHERE deleted_at IS NULL;
CREATE INDEX festival_unit_idx ON festival (unit_era, unit_code, starts_at) WHERE deleted_at IS NULL;
CREATE INDEX festival_status_idx ON festival (status, starts_at) WHERE deleted_at IS NULL;
CREATE INDEX festival_year_idx ON festival (year) WHERE deleted_at IS NULL;
CREATE INDEX festival_created_idx ON festival (created_at, id) WHERE deleted_at IS NULL;
-- "Near a point" first narrows to a latitude band (this index), then measures great-circle distance.
CREATE INDEX festival_location_idx ON festival (latitude, longitude) WHERE deleted_at IS NULL AND latitude IS NOT NULL;
CREATE INDEX festival_search_idx ON festival USING gin (search_text gin_trgm_ops) WHERE deleted_at IS NULL;
-- The sync feed reads changes in order, deleted festivals (tombstones) included.
CREATE UNIQUE INDEX festival_change_idx ON festival (change_seq);

CREATE TABLE festival_organizer (
    festival_id     uuid NOT NULL REFERENCES festival (id),
    position        int  NOT NULL,
    organization_id uuid NOT NULL REFERENCES organization (id),
    PRIMARY KEY (festival_id, position),
    UNIQUE (festival_id, organization_id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX festival_organizer_org_idx ON festival_organizer (organization_id);

-- Award decisions linked to a festival's report (the awards given at or for it).
CREATE TABLE festival_award (
    festival_id       uuid NOT NULL REFERENCES festival (id),
    position          int  NOT NULL,
    award_decision_id uuid NOT NULL,
    PRIMARY KEY (festival_id, position)
);
CREATE INDEX festival_award_decision_idx ON festival_award (award_decision_id);

-- Every festival write takes the next change number, under the writers' lock (re-entrant within a
-- transaction, so bulk writes pay for it once).
CREATE FUNCTION festival_take_change_seq() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM festival_writers_lock();
    NEW.change_seq := nextval('festival_change_seq');
    RETURN NEW;
END $$;
CREATE TRIGGER festival_change_seq BEFORE INSERT OR UPDATE ON festival
    FOR EACH ROW EXECUTE FUNCTION festival_take_change_seq();

-- Audit trail (see V4 and V5).
CREATE FUNCTION audit_snapshot_festivals(record uuid) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT to_jsonb(f) - 'search_text' - 'change_seq'
           || jsonb_build_object(
                'organizers', coalesce((SELECT jsonb_agg(o.organization_id ORDER BY o.position)
                                        FROM festival_organizer o WHERE o.festival_id = f.id), '[]'),
                'awardDecisions', coalesce((SELECT jsonb_agg(a.award_decision_id ORDER BY a.position)
                                            FROM festival_award a WHERE a.festival_id = f.id), '[]'))
      FROM festival f WHERE f.id = record
$$;
CREATE CONSTRAINT TRIGGER audit AFTER INSERT OR UPDATE ON festival
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('festivals', 'id');
CREATE CONSTRAINT TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON festival_organizer
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('festivals', 'festival_id');
CREATE CONSTRAINT TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON festival_award
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('festivals', 'festival_id');
