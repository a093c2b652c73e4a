-- 0100: events imported from the conflict datasets (ACLED, UCDP GED). An imported event is an ordinary
-- incident (origin 'acled' | 'ucdp', external_id 'acled:<event_id_cnty>' | 'ucdp:<id>'); the tables below
-- keep what a re-import needs to tell a revised event from an unchanged one, and who the dataset says
-- took part. ACLED's actor order does not say who attacked whom, so actors are never written as
-- perpetrators or claimants: they are "involved", matched to a known group where a name is an alias of one.

-- The curated incident an imported event duplicates (same date, country and place or place alias).
-- Lists and totals count the curated incident only.
ALTER TABLE incidents ADD COLUMN duplicate_of TEXT REFERENCES incidents (id);
CREATE INDEX ix_incidents_duplicate_of ON incidents (duplicate_of) WHERE duplicate_of IS NOT NULL;

-- One row per imported incident: the dataset's key and revision, and the codes we mapped from.
CREATE TABLE incident_imports (
  incident_id TEXT PRIMARY KEY NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  dataset TEXT NOT NULL CHECK (dataset IN ('acled', 'ucdp')),
  event_id TEXT NOT NULL,                                        -- event_id_cnty (ACLED) or id (GED), as written
  revision INTEGER,                                              -- ACLED 'timestamp' (Unix seconds); NULL for GED
  content_hash INTEGER NOT NULL,                                 -- hash of the mapped fields and actors, to spot revisions
  event_type TEXT,                                               -- ACLED event_type / GED type_of_violence, as written
  sub_event_type TEXT,
  date_precision_code INTEGER,                                   -- ACLED time_precision 1-3 / GED date_prec 1-5
  geo_precision_code INTEGER,                                    -- ACLED geo_precision 1-3 / GED where_prec 1-7
  deaths_best INTEGER,                                           -- GED best estimate (ACLED: its single figure)
  file_name TEXT NOT NULL,
  line INTEGER NOT NULL,                                         -- line of the file the event starts on
  imported_at TEXT NOT NULL,
  UNIQUE (dataset, event_id)
);

-- Actors the dataset names for an event, in the dataset's order; group_id when the name is a known group's.
CREATE TABLE incident_actors (
  incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  actor_type TEXT,                                               -- ACLED inter code meaning ('State forces', 'Rebel group', ...)
  group_id TEXT REFERENCES groups (id),
  PRIMARY KEY (incident_id, name)
);
CREATE INDEX ix_incident_actors_group ON incident_actors (group_id, incident_id) WHERE group_id IS NOT NULL;

-- Incidents that count in lists and totals: an imported duplicate of a curated incident is left out.
CREATE VIEW counted_incidents AS SELECT * FROM incidents WHERE duplicate_of IS NULL;
