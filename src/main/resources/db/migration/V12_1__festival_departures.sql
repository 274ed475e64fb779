-- Sync scoped to a unit (and a year): a festival that moves to another unit or year leaves the scopes
-- it was in. Each such move is kept as a departure, numbered with the festival's change number, so that
-- a phone syncing one province learns, once, that a festival it holds has left it.
CREATE TABLE festival_departure (
    change_seq    bigint     PRIMARY KEY,
    festival_id   uuid       NOT NULL REFERENCES festival (id),
    unit_era      varchar(8) NOT NULL,
    unit_code     varchar(5) NOT NULL,
    unit_province varchar(2),
    year          integer    NOT NULL,
    departed_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX festival_departure_province_idx ON festival_departure (unit_province, change_seq);

CREATE FUNCTION festival_departed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO festival_departure (change_seq, festival_id, unit_era, unit_code, unit_province, year)
    VALUES (NEW.change_seq, OLD.id, OLD.unit_era, OLD.unit_code, OLD.unit_province, OLD.year);
    RETURN NULL;
END $$;
CREATE TRIGGER festival_departed AFTER UPDATE ON festival FOR EACH ROW
    WHEN ((OLD.unit_era, OLD.unit_code, OLD.year) IS DISTINCT FROM (NEW.unit_era, NEW.unit_code, NEW.year))
    EXECUTE FUNCTION festival_departed();

-- A scope's feed reads its province's changes in order, and a province's changes of one year.
CREATE INDEX festival_province_change_idx ON festival (unit_province, change_seq);
CREATE INDEX festival_province_year_change_idx ON festival (unit_province, year, change_seq);
