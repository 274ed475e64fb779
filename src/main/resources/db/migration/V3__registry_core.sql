-- The registry core: organizations, coordination programs and coordination agreements.
-- Names and titles sort in Vietnamese alphabetical order (ICU collation "vi-x-icu").
-- Every record keeps its row when deleted (deleted_at), carries an optimistic-lock version and
-- a generated, diacritic-free search_text behind a trigram index.

CREATE TABLE organization (
    id           uuid PRIMARY KEY,
    name         varchar(300) COLLATE "vi-x-icu" NOT NULL,
    short_name   varchar(100),
    type         varchar(30)  NOT NULL CHECK (type IN ('police', 'fatherland_front', 'veterans_association',
                     'womens_union', 'youth_union', 'farmers_association', 'trade_union', 'peoples_committee',
                     'steering_committee_138', 'agency', 'enterprise', 'school', 'other')),
    level        varchar(10)  NOT NULL CHECK (level IN ('central', 'province', 'district', 'commune', 'village')),
    unit_era     varchar(8),
    unit_code    varchar(5),
    parent_id    uuid REFERENCES organization (id),
    active_from  date,
    active_to    date,
    note         varchar(2000),
    version      bigint       NOT NULL DEFAULT 0,
    created_at   timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL,
    deleted_at   timestamptz,
    search_text  text GENERATED ALWAYS AS (search_normalize(name || ' ' || coalesce(short_name, ''))) STORED,
    FOREIGN KEY (unit_era, unit_code) REFERENCES admin_unit (era, code),
    CHECK ((unit_era IS NULL) = (unit_code IS NULL)),
    CHECK (active_to IS NULL OR active_from IS NULL OR active_to >= active_from)
);
CREATE INDEX organization_name_idx ON organization (name, id) WHERE deleted_at IS NULL;
CREATE INDEX organization_created_idx ON organization (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX organization_type_idx ON organization (type) WHERE deleted_at IS NULL;
CREATE INDEX organization_level_idx ON organization (level) WHERE deleted_at IS NULL;
CREATE INDEX organization_unit_idx ON organization (unit_era, unit_code) WHERE deleted_at IS NULL;
CREATE INDEX organization_parent_idx ON organization (parent_id) WHERE deleted_at IS NULL;
CREATE INDEX organization_search_idx ON organization USING gin (search_text gin_trgm_ops) WHERE deleted_at IS NULL;

CREATE TABLE program (
    id            uuid PRIMARY KEY,
    code          varchar(60)  NOT NULL,
    title         varchar(500) COLLATE "vi-x-icu" NOT NULL,
    summary       varchar(4000),
    level         varchar(10)  NOT NULL CHECK (level IN ('central', 'province', 'district', 'commune')),
    status        varchar(12)  NOT NULL CHECK (status IN ('draft', 'active', 'completed', 'cancelled')),
    signed_on     date         NOT NULL,
    period_start  date         NOT NULL,
    period_end    date,
    parent_id     uuid REFERENCES program (id),
    unit_era      varchar(8),
    unit_code     varchar(5),
    version       bigint       NOT NULL DEFAULT 0,
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL,
    deleted_at    timestamptz,
    search_text   text GENERATED ALWAYS AS (search_normalize(code || ' ' || title)) STORED,
    FOREIGN KEY (unit_era, unit_code) REFERENCES admin_unit (era, code),
    CHECK ((unit_era IS NULL) = (unit_code IS NULL)),
    CHECK (period_end IS NULL OR period_end >= period_start)
);
-- A program code is unique among live programs.
CREATE UNIQUE INDEX program_code_uq ON program (code) WHERE deleted_at IS NULL;
CREATE INDEX program_title_idx ON program (title, id) WHERE deleted_at IS NULL;
CREATE INDEX program_signed_idx ON program (signed_on, id) WHERE deleted_at IS NULL;
CREATE INDEX program_created_idx ON program (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX program_level_status_idx ON program (level, status) WHERE deleted_at IS NULL;
CREATE INDEX program_parent_idx ON program (parent_id) WHERE deleted_at IS NULL;
CREATE INDEX program_unit_idx ON program (unit_era, unit_code) WHERE deleted_at IS NULL;
CREATE INDEX program_search_idx ON program USING gin (search_text gin_trgm_ops) WHERE deleted_at IS NULL;

-- Lists owned by a record are keyed by position; an organization appears once per record.
CREATE TABLE program_signatory (
    program_id      uuid NOT NULL REFERENCES program (id),
    position        int  NOT NULL,
    organization_id uuid NOT NULL REFERENCES organization (id),
    PRIMARY KEY (program_id, position),
    UNIQUE (program_id, organization_id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX program_signatory_org_idx ON program_signatory (organization_id);

CREATE TABLE coordination_agreement (
    id            uuid PRIMARY KEY,
    program_id    uuid REFERENCES program (id),
    number        varchar(60)  NOT NULL,
    title         varchar(500) COLLATE "vi-x-icu" NOT NULL,
    summary       varchar(4000),
    signed_on     date         NOT NULL,
    valid_from    date         NOT NULL,
    valid_to      date,
    unit_era      varchar(8)   NOT NULL,
    unit_code     varchar(5)   NOT NULL,
    status        varchar(12)  NOT NULL CHECK (status IN ('draft', 'active', 'expired', 'terminated')),
    version       bigint       NOT NULL DEFAULT 0,
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL,
    deleted_at    timestamptz,
    search_text   text GENERATED ALWAYS AS (search_normalize(number || ' ' || title)) STORED,
    FOREIGN KEY (unit_era, unit_code) REFERENCES admin_unit (era, code),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX agreement_title_idx ON coordination_agreement (title, id) WHERE deleted_at IS NULL;
CREATE INDEX agreement_signed_idx ON coordination_agreement (signed_on, id) WHERE deleted_at IS NULL;
CREATE INDEX agreement_created_idx ON coordination_agreement (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX agreement_program_idx ON coordination_agreement (program_id) WHERE deleted_at IS NULL;
CREATE INDEX agreement_unit_idx ON coordination_agreement (unit_era, unit_code) WHERE deleted_at IS NULL;
CREATE INDEX agreement_status_idx ON coordination_agreement (status) WHERE deleted_at IS NULL;
CREATE INDEX agreement_search_idx ON coordination_agreement USING gin (search_text gin_trgm_ops) WHERE deleted_at IS NULL;

CREATE TABLE agreement_party (
    agreement_id    uuid        NOT NULL REFERENCES coordination_agreement (id),
    position        int         NOT NULL,
    organization_id uuid        NOT NULL REFERENCES organization (id),
    role            varchar(10) NOT NULL CHECK (role IN ('lead', 'co_lead', 'member')),
    PRIMARY KEY (agreement_id, position),
    UNIQUE (agreement_id, organization_id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX agreement_party_org_idx ON agreement_party (organization_id);

-- Review conferences (sơ kết, tổng kết, annual) of a program or of an agreement: part of their owner,
-- written with it under its version.
CREATE TABLE program_review (
    program_id            uuid          NOT NULL REFERENCES program (id),
    position              int           NOT NULL,
    kind                  varchar(10)   NOT NULL CHECK (kind IN ('interim', 'final', 'annual')),
    held_on               date          NOT NULL,
    host_organization_id  uuid REFERENCES organization (id),
    title                 varchar(300)  NOT NULL,
    summary               varchar(4000),
    figures               jsonb         NOT NULL DEFAULT '[]',
    PRIMARY KEY (program_id, position)
);
CREATE INDEX program_review_host_idx ON program_review (host_organization_id) WHERE host_organization_id IS NOT NULL;

CREATE TABLE agreement_review (LIKE program_review INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
ALTER TABLE agreement_review RENAME COLUMN program_id TO agreement_id;
ALTER TABLE agreement_review ADD PRIMARY KEY (agreement_id, position),
    ADD FOREIGN KEY (agreement_id) REFERENCES coordination_agreement (id),
    ADD FOREIGN KEY (host_organization_id) REFERENCES organization (id);
CREATE INDEX agreement_review_host_idx ON agreement_review (host_organization_id) WHERE host_organization_id IS NOT NULL;
