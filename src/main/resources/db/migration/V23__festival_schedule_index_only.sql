-- A province's schedule page as an index-only scan. The page's query (FestivalRepository.page) reads only
-- festival columns (the units are labelled from the catalogue in memory), and this index holds them all
-- beside its key (province, start, id), so a 50-item page reads a handful of index pages instead of one
-- heap page per item and one unit look-up per item. It replaces festival_province_starts_idx, the same key.

-- An index entry holds at most 2,704 bytes. The texts fit: the service limits them to 300, 200 and 300
-- UTF-16 code units (Bean Validation's @Size), and a code unit takes at most 3 bytes in UTF-8 (a 4-byte
-- character is two units), so the three take at most 2,400 bytes. The constraint keeps it so whatever
-- writes the table.
ALTER TABLE festival ADD CONSTRAINT festival_schedule_text_size
    CHECK (octet_length(title) + octet_length(venue_name) + coalesce(octet_length(local_area), 0) <= 2400);

CREATE INDEX festival_schedule_idx ON festival (unit_province, starts_at, id)
    INCLUDE (ends_at, title, status, unit_era, unit_code, local_area, venue_name, latitude, longitude, version, updated_at)
    WHERE deleted_at IS NULL;
DROP INDEX festival_province_starts_idx;

-- An index-only scan skips the heap only for pages the visibility map marks all-visible: the festival
-- table is vacuumed after fewer writes than the default, so that August's writes do not send the
-- schedule back to the heap for long.
ALTER TABLE festival SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02);
