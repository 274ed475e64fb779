-- Search that ignores case and Vietnamese diacritics ("tho xuan" finds "Thọ Xuân").
-- unaccent() is only STABLE, so it is wrapped in an IMMUTABLE function with the dictionary named
-- explicitly; that makes it usable in generated columns and trigram indexes.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE FUNCTION search_normalize(input text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, input)) $$;

-- Administrative units of both eras. A code alone is ambiguous across eras, so (era, code) is the key.
CREATE TABLE admin_unit (
    era                     varchar(8)   NOT NULL CHECK (era IN ('legacy', '2025')),
    code                    varchar(5)   NOT NULL,
    level                   varchar(10)  NOT NULL CHECK (level IN ('province', 'district', 'commune')),
    name                    varchar(100) COLLATE "vi-x-icu" NOT NULL,
    full_name               varchar(150) NOT NULL,
    name_en                 varchar(100) NOT NULL,
    type                    varchar(60)  NOT NULL,
    type_en                 varchar(40)  NOT NULL,
    -- The province (and, for legacy communes, the district) the unit belongs to, in its own era.
    province_code           varchar(2)   NOT NULL,
    district_code           varchar(3),
    -- The 2025 province the unit is part of: itself in 2025, its successor for legacy units.
    -- It lets a 2025 province find everything under it in both eras with one index look-up.
    province_2025_code      varchar(2)   NOT NULL,
    valid_from              date,
    valid_to                date,
    search_text             text GENERATED ALWAYS AS (search_normalize(full_name || ' ' || name_en || ' ' || code)) STORED,
    PRIMARY KEY (era, code),
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);
CREATE INDEX admin_unit_parent_idx ON admin_unit (era, province_code, level);
CREATE INDEX admin_unit_district_idx ON admin_unit (era, district_code) WHERE district_code IS NOT NULL;
CREATE INDEX admin_unit_province_2025_idx ON admin_unit (province_2025_code);
CREATE INDEX admin_unit_search_idx ON admin_unit USING gin (search_text gin_trgm_ops);

-- Changes of type or name after a structure took effect (e.g. Đồng Nai, 30 April 2026). Codes do not change.
CREATE TABLE admin_unit_change (
    era              varchar(8)   NOT NULL,
    code             varchar(5)   NOT NULL,
    effective_date   date         NOT NULL,
    legal_basis      varchar(60)  NOT NULL,
    full_name_before varchar(150) NOT NULL,
    full_name_after  varchar(150) NOT NULL,
    type_before      varchar(60)  NOT NULL,
    type_after       varchar(60)  NOT NULL,
    type_en_before   varchar(40)  NOT NULL,
    type_en_after    varchar(40)  NOT NULL,
    PRIMARY KEY (era, code, effective_date),
    FOREIGN KEY (era, code) REFERENCES admin_unit (era, code)
);

-- Legacy unit -> 2025 commune, one row per pair (a split legacy commune has several rows).
CREATE TABLE admin_unit_succession (
    legacy_code varchar(5)  NOT NULL,
    new_code    varchar(5)  NOT NULL,
    sources     varchar(20) NOT NULL,
    agreement   varchar(12) NOT NULL,
    legacy_era  varchar(8)  NOT NULL DEFAULT 'legacy' CHECK (legacy_era = 'legacy'),
    new_era     varchar(8)  NOT NULL DEFAULT '2025' CHECK (new_era = '2025'),
    PRIMARY KEY (legacy_code, new_code),
    FOREIGN KEY (legacy_era, legacy_code) REFERENCES admin_unit (era, code),
    FOREIGN KEY (new_era, new_code) REFERENCES admin_unit (era, code)
);
CREATE INDEX admin_unit_succession_new_idx ON admin_unit_succession (new_code);
