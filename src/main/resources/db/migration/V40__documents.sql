-- Documents (văn bản): the numbered, signed papers behind programs, agreements, award decisions, review
-- conferences, indicator reports and campaigns (Decree 30/2020/NĐ-CP), and their files (scans, originals).

CREATE TABLE document (
    id            uuid PRIMARY KEY,
    number        varchar(60)   COLLATE "vi-x-icu" NOT NULL,
    kind          varchar(20)   NOT NULL,
    issued_on     date          NOT NULL,
    issuer_name   varchar(300),
    -- The names of the issuing organizations at the time of the last write, for the search only.
    issuer_text   varchar(4000),
    signer_name   varchar(200),
    signer_title  varchar(200),
    summary       varchar(2000) COLLATE "vi-x-icu" NOT NULL,
    level         varchar(10)   NOT NULL CHECK (level IN ('central', 'province', 'district', 'commune')),
    unit_era      varchar(8),
    unit_code     varchar(5),
    unit_province varchar(2),
    access        varchar(12)   NOT NULL CHECK (access IN ('public', 'internal', 'restricted')),
    version       bigint        NOT NULL DEFAULT 0,
    created_at    timestamptz   NOT NULL,
    updated_at    timestamptz   NOT NULL,
    deleted_at    timestamptz,
    search_text   text GENERATED ALWAYS AS (search_normalize(number || ' ' || summary || ' '
                                            || coalesce(issuer_name, '') || ' ' || coalesce(issuer_text, ''))) STORED,
    FOREIGN KEY (unit_era, unit_code) REFERENCES admin_unit (era, code),
    CHECK ((unit_era IS NULL) = (unit_code IS NULL))
);
CREATE INDEX document_issued_idx ON document (issued_on, id) WHERE deleted_at IS NULL;
CREATE INDEX document_number_idx ON document (number, id) WHERE deleted_at IS NULL;
CREATE INDEX document_created_idx ON document (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX document_updated_idx ON document (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX document_province_idx ON document (unit_province, issued_on) WHERE deleted_at IS NULL;
CREATE INDEX document_unit_idx ON document (unit_era, unit_code, issued_on) WHERE deleted_at IS NULL;
CREATE INDEX document_kind_idx ON document (kind, issued_on) WHERE deleted_at IS NULL;
CREATE INDEX document_level_idx ON document (level, issued_on) WHERE deleted_at IS NULL;
CREATE INDEX document_access_idx ON document (access, issued_on) WHERE deleted_at IS NULL;
CREATE INDEX document_search_idx ON document USING gin (search_text gin_trgm_ops) WHERE deleted_at IS NULL;

CREATE TRIGGER unit_province BEFORE INSERT OR UPDATE OF unit_era, unit_code ON document
    FOR EACH ROW EXECUTE FUNCTION set_unit_province();

CREATE TABLE document_issuer (
    document_id      uuid NOT NULL REFERENCES document (id),
    position         int  NOT NULL,
    organization_id  uuid NOT NULL REFERENCES organization (id),
    PRIMARY KEY (document_id, position)
);
CREATE INDEX document_issuer_org_idx ON document_issuer (organization_id);

-- File contents, each kept once and addressed by its SHA-256, in chunks of 1 MiB (the last may be shorter).
-- A content is written under a random id while it streams in; once its hash is known it is either given
-- the hash or, when the same bytes are already stored, dropped in favour of them.
CREATE TABLE file_content (
    id          uuid PRIMARY KEY,
    sha256      varchar(64) UNIQUE CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size        bigint   NOT NULL DEFAULT 0 CHECK (size >= 0),
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE file_chunk (
    content_id  uuid   NOT NULL REFERENCES file_content (id) ON DELETE CASCADE,
    seq         int    NOT NULL CHECK (seq >= 0),
    data        bytea  NOT NULL,
    PRIMARY KEY (content_id, seq)
);
-- Chunks are already compressed (PDF, JPEG, PNG, OOXML): storing them as they are saves the CPU.
ALTER TABLE file_chunk ALTER COLUMN data SET STORAGE EXTERNAL;

-- A file of a document: immutable; removing one marks it deleted (kept for the history).
CREATE TABLE document_file (
    id           uuid PRIMARY KEY,
    document_id  uuid          NOT NULL REFERENCES document (id),
    content_id   uuid          NOT NULL REFERENCES file_content (id),
    filename     varchar(255)  NOT NULL,
    media_type   varchar(100)  NOT NULL,
    size         bigint        NOT NULL CHECK (size >= 0),
    sha256       varchar(64)   NOT NULL,
    created_at   timestamptz   NOT NULL,
    created_by   varchar(200),
    deleted_at   timestamptz
);
CREATE INDEX document_file_document_idx ON document_file (document_id, created_at, id);
CREATE INDEX document_file_content_idx ON document_file (content_id);

-- The documents of the records that cite them (their own documents and their legal bases).
CREATE TABLE program_document (
    program_id   uuid NOT NULL REFERENCES program (id),
    position     int  NOT NULL,
    document_id  uuid NOT NULL REFERENCES document (id),
    PRIMARY KEY (program_id, position)
);
CREATE INDEX program_document_idx ON program_document (document_id);
CREATE TABLE coordination_agreement_document (
    agreement_id uuid NOT NULL REFERENCES coordination_agreement (id),
    position     int  NOT NULL,
    document_id  uuid NOT NULL REFERENCES document (id),
    PRIMARY KEY (agreement_id, position)
);
CREATE INDEX coordination_agreement_document_idx ON coordination_agreement_document (document_id);
CREATE TABLE award_decision_document (
    award_id     uuid NOT NULL REFERENCES award_decision (id),
    position     int  NOT NULL,
    document_id  uuid NOT NULL REFERENCES document (id),
    PRIMARY KEY (award_id, position)
);
CREATE INDEX award_decision_document_idx ON award_decision_document (document_id);
CREATE TABLE review_conference_document (
    conference_id uuid NOT NULL REFERENCES review_conference (id),
    position      int  NOT NULL,
    document_id   uuid NOT NULL REFERENCES document (id),
    PRIMARY KEY (conference_id, position)
);
CREATE INDEX review_conference_document_idx ON review_conference_document (document_id);
CREATE TABLE indicator_report_document (
    report_id    uuid NOT NULL REFERENCES indicator_report (id),
    position     int  NOT NULL,
    document_id  uuid NOT NULL REFERENCES document (id),
    PRIMARY KEY (report_id, position)
);
CREATE INDEX indicator_report_document_idx ON indicator_report_document (document_id);
CREATE TABLE campaign_document (
    campaign_id  uuid NOT NULL REFERENCES campaign (id),
    position     int  NOT NULL,
    document_id  uuid NOT NULL REFERENCES document (id),
    PRIMARY KEY (campaign_id, position)
);
CREATE INDEX campaign_document_idx ON campaign_document (document_id);

GRANT SELECT, INSERT, UPDATE, DELETE ON document, document_issuer, file_content, file_chunk, document_file,
    program_document, coordination_agreement_document, award_decision_document, review_conference_document,
    indicator_report_document, campaign_document TO ${app_role};

-- Audit trail (see V4 and V5): the document with its issuers and its files (removed ones included).
CREATE FUNCTION audit_snapshot_documents(record uuid) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT to_jsonb(d) - 'search_text' - 'issuer_text'
           || jsonb_build_object(
                'issuers', coalesce((SELECT jsonb_agg(i.organization_id ORDER BY i.position)
                                     FROM document_issuer i WHERE i.document_id = d.id), '[]'),
                'files', coalesce((SELECT jsonb_agg(to_jsonb(f) - 'document_id' - 'content_id' ORDER BY f.created_at, f.id)
                                   FROM document_file f WHERE f.document_id = d.id), '[]'))
      FROM document d WHERE d.id = record
$$;
CREATE CONSTRAINT TRIGGER audit AFTER INSERT OR UPDATE ON document
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('documents', 'id');
CREATE CONSTRAINT TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON document_issuer
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('documents', 'document_id');
CREATE CONSTRAINT TRIGGER audit AFTER INSERT OR UPDATE ON document_file
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_row('documents', 'document_id');

-- Change feed (see V18).
CREATE FUNCTION record_change_state_documents(record uuid) RETURNS record_change_state LANGUAGE sql STABLE AS $$
    SELECT (unit_era, unit_code, unit_province, deleted_at IS NOT NULL, false)::record_change_state
      FROM document WHERE id = record
$$;
SELECT record_change_track('documents', 'document', 'id');
SELECT record_change_track('documents', 'document_issuer', 'document_id');
SELECT record_change_track('documents', 'document_file', 'document_id');
