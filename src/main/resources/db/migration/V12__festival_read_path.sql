-- Festival reads at national scale: a bounded festival duration so that a schedule window reads about
-- the rows it returns, cache tags per (2025 province, year), and change notices for the services'
-- in-memory copies of public festival representations.

-- A festival point lasts at most 7 days. A schedule window [from, to] then only needs festivals that
-- start in [from - 7 days, to], a tight range of festival_province_starts_idx, instead of every earlier
-- year of the province (the ends_at condition alone cannot bound an index scan on starts_at).
ALTER TABLE festival ADD CONSTRAINT festival_duration_bound CHECK (ends_at <= starts_at + interval '7 days');

-- Cache tags: one counter per 2025 province and festival year, raised by every festival write in the
-- same transaction (the old cell too when a festival moves). A schedule's or calendar's ETag is the sum
-- of the counters of the cells its filters cover: a change in Hà Nội leaves Hà Tĩnh's tags alone, and
-- revalidating reads a few rows of this table instead of the page. Writers of different cells do not
-- wait on one another.
CREATE TABLE festival_schedule_tag (
    province varchar(2) NOT NULL,
    year     integer    NOT NULL,
    version  bigint     NOT NULL,
    PRIMARY KEY (province, year)
);
INSERT INTO festival_schedule_tag (province, year, version)
SELECT unit_province, year, count(*) FROM festival WHERE unit_province IS NOT NULL GROUP BY unit_province, year;

CREATE FUNCTION festival_raise_tag(p varchar, y integer) RETURNS void LANGUAGE sql AS $$
    INSERT INTO festival_schedule_tag AS t (province, year, version) VALUES (p, y, 1)
    ON CONFLICT (province, year) DO UPDATE SET version = t.version + 1
$$;

-- Raises the tags of the cells a festival write touches, in one order (no deadlock between two writers
-- moving festivals in opposite directions), and tells the services which festival changed.
CREATE FUNCTION festival_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND (OLD.unit_province, OLD.year) IS DISTINCT FROM (NEW.unit_province, NEW.year) THEN
        IF (OLD.unit_province, OLD.year) < (NEW.unit_province, NEW.year) THEN
            PERFORM festival_raise_tag(OLD.unit_province, OLD.year);
            PERFORM festival_raise_tag(NEW.unit_province, NEW.year);
        ELSE
            PERFORM festival_raise_tag(NEW.unit_province, NEW.year);
            PERFORM festival_raise_tag(OLD.unit_province, OLD.year);
        END IF;
    ELSE
        PERFORM festival_raise_tag(NEW.unit_province, NEW.year);
    END IF;
    PERFORM pg_notify('antq_festival_changed', NEW.id::text);
    RETURN NULL;
END $$;
CREATE TRIGGER festival_changed AFTER INSERT OR UPDATE ON festival
    FOR EACH ROW EXECUTE FUNCTION festival_changed();

-- A festival's full representation shows its organizers' names: a renamed organization invalidates
-- every copy ('*').
CREATE FUNCTION festival_organizer_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('antq_festival_changed', '*');
    RETURN NULL;
END $$;
CREATE TRIGGER festival_organizer_renamed AFTER UPDATE OF name ON organization
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION festival_organizer_renamed();
