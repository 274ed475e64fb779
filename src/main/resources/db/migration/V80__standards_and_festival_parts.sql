-- Standards as one engine, and what a festival day holds.
--
-- A safety assessment names the standard its subject is assessed against for the year: the
-- "An toàn về ANTT" standard (antt_safe, every record written before this migration), the security-and-order
-- criterion of new rural development 2021-2025 (rural_security_criterion, communes), or the pilot
-- "Công an phường điển hình, kiểu mẫu về an ninh, trật tự và văn minh đô thị" (model_ward_police, wards),
-- whose records also carry the pilot's stage. New standards are added to the CHECK by later migrations.
-- A subject is assessed once per standard and year.
ALTER TABLE safety_assessment
    ADD COLUMN standard varchar(40) NOT NULL DEFAULT 'antt_safe'
        CHECK (standard IN ('antt_safe', 'rural_security_criterion', 'model_ward_police')),
    ADD COLUMN stage varchar(12) CHECK (stage IN ('designated', 'assessed', 'recognized')),
    ADD CONSTRAINT safety_assessment_stage_of_pilot CHECK ((standard = 'model_ward_police') = (stage IS NOT NULL)),
    ADD CONSTRAINT safety_assessment_pilot_recognized CHECK (stage IS NULL OR attained = (stage = 'recognized'));

CREATE UNIQUE INDEX safety_assessment_standard_subject_uq ON safety_assessment (standard, subject_key, year) WHERE deleted_at IS NULL;
DROP INDEX safety_assessment_subject_uq;
CREATE INDEX safety_assessment_standard_idx ON safety_assessment (standard, year, unit_province) WHERE deleted_at IS NULL;
CREATE INDEX safety_assessment_stage_idx ON safety_assessment (stage, year) WHERE deleted_at IS NULL AND stage IS NOT NULL;

-- A festival's kind: the festival day of the movement (on and around 19 August), National Great Unity Day
-- (18 November), or another festival. Its activities (the parts of the day, each with optional counts) as
-- a JSON array, and the set of their kinds as bits (FestivalActivityKind), which the schedule carries
-- from its index.
ALTER TABLE festival
    ADD COLUMN kind varchar(30) NOT NULL DEFAULT 'antq_festival_day'
        CHECK (kind IN ('antq_festival_day', 'great_unity_day', 'other')),
    ADD COLUMN activities jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(activities) = 'array'),
    ADD COLUMN activity_kinds integer NOT NULL DEFAULT 0;
CREATE INDEX festival_kind_idx ON festival (kind, starts_at) WHERE deleted_at IS NULL;
CREATE INDEX festival_kind_year_idx ON festival (unit_province, year, kind) WHERE deleted_at IS NULL;

-- The schedule's index-only scan (V23) now holds the kind and the activity bits too (4 bytes and the short
-- kind: the entry stays within its 2,704 bytes). Built beside the old index, which it then replaces under its name.
CREATE INDEX festival_schedule_parts_idx ON festival (unit_province, starts_at, id)
    INCLUDE (ends_at, title, status, unit_era, unit_code, local_area, venue_name, latitude, longitude, version, updated_at,
             kind, activity_kinds)
    WHERE deleted_at IS NULL;
DROP INDEX festival_schedule_idx;
ALTER INDEX festival_schedule_parts_idx RENAME TO festival_schedule_idx;
