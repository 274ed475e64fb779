-- Festival writers in parallel: no lock shared by every festival writer, and no NOTIFY in their
-- transactions (PostgreSQL serialises the commits of notifying transactions). The sync feed and the
-- services' in-memory copies still never miss a change.
--
-- Positions. Every festival write stamps the row (and the departure it causes) with its transaction's
-- id (change_tx, pg_current_xact_id(), 64 bits, never wraps) and a change number from the sequence
-- (change_seq, unique, increasing within a transaction). The feed walks (change_tx, change_seq) and
-- only below record_change_horizon() (V18): every transaction below it has ended, every one still
-- running or yet to start is above it, so that part of the walk is final and a reader that remembers
-- where it stopped sees every committed change once, whatever order writers commit in. A festival
-- written again moves to its new position (it is sent again, with its new state, once). Rows written
-- before this migration keep change_tx 0, in their old order, so tokens issued before stay exact.
--
-- Cache tags. A (province, year) cell's counter is split in 8 stripes (by the writer's backend), so
-- that two writers of one province rarely wait on each other's row lock; the tag of a cell is the sum
-- of its stripes, raised by every committed write as before.
--
-- Change notices. The services no longer hear each festival write through NOTIFY: they read the
-- positions past the one they reached (FestivalChangeListener), a few times a second, and drop the
-- copies those festivals make stale. A renamed organization still notifies ('*', rare).

ALTER TABLE festival ADD COLUMN change_tx bigint NOT NULL DEFAULT 0;
ALTER TABLE festival ALTER COLUMN change_tx DROP DEFAULT;
ALTER TABLE festival_departure ADD COLUMN change_tx bigint NOT NULL DEFAULT 0;
ALTER TABLE festival_departure ALTER COLUMN change_tx DROP DEFAULT;

-- Kept so that a service of the previous version still runs during a rolling upgrade; nothing takes it.
CREATE OR REPLACE FUNCTION festival_writers_lock() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    RETURN;
END $$;

CREATE OR REPLACE FUNCTION festival_take_change_seq() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.change_tx := pg_current_xact_id()::text::bigint;
    NEW.change_seq := nextval('festival_change_seq');
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION festival_departed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO festival_departure (change_seq, change_tx, festival_id, unit_era, unit_code, unit_province, year)
    VALUES (NEW.change_seq, NEW.change_tx, OLD.id, OLD.unit_era, OLD.unit_code, OLD.unit_province, OLD.year);
    RETURN NULL;
END $$;

-- The feed's walks, whole country, a province, a province's year, and a province's departures.
CREATE INDEX festival_position_idx ON festival (change_tx, change_seq);
DROP INDEX festival_province_change_idx;
CREATE INDEX festival_province_change_idx ON festival (unit_province, change_tx, change_seq);
DROP INDEX festival_province_year_change_idx;
CREATE INDEX festival_province_year_change_idx ON festival (unit_province, year, change_tx, change_seq);
DROP INDEX festival_departure_province_idx;
CREATE INDEX festival_departure_province_idx ON festival_departure (unit_province, change_tx, change_seq);

-- Striped cache-tag cells.
ALTER TABLE festival_schedule_tag ADD COLUMN stripe smallint NOT NULL DEFAULT 0;
ALTER TABLE festival_schedule_tag DROP CONSTRAINT festival_schedule_tag_pkey;
ALTER TABLE festival_schedule_tag ADD PRIMARY KEY (province, year, stripe);

CREATE OR REPLACE FUNCTION festival_raise_tag(p varchar, y integer) RETURNS void LANGUAGE sql AS $$
    INSERT INTO festival_schedule_tag AS t (province, year, stripe, version) VALUES (p, y, pg_backend_pid() % 8, 1)
    ON CONFLICT (province, year, stripe) DO UPDATE SET version = t.version + 1
$$;

-- Raises the tags of the cells a festival write touches, in one order (no deadlock between two writers
-- moving festivals in opposite directions). No notice: the services read the positions instead.
CREATE OR REPLACE FUNCTION festival_changed() RETURNS trigger LANGUAGE plpgsql AS $$
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
    RETURN NULL;
END $$;
