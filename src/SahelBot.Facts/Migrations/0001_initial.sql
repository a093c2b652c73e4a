-- 0001: the fact store. Dates are ISO-8601 text ('yyyy-MM-dd'; partial 'yyyy-MM' / 'yyyy' where a
-- field says so), timestamps ISO-8601 UTC text, Discord snowflakes INTEGER. Provenance on every
-- entity row: origin ('curated' | 'moderator' | 'acled' | 'ucdp' | 'synthetic'), created_at,
-- created_by ('curated-data' or a Discord user id), guild_id (NULL = published for every server,
-- otherwise visible only in that server). Child rows (aliases, links, strength) belong to their parent.
-- Columns named *_folded hold TextNormalizer.Fold of the column they shadow, for accent-blind lookups.

-- Countries named anywhere in the facts, keyed by ISO 3166-1 alpha-2.
CREATE TABLE countries (
  code TEXT PRIMARY KEY NOT NULL,                                -- ISO2, upper case
  iso3 TEXT NOT NULL UNIQUE,                                     -- ISO3, upper case
  name_en TEXT NOT NULL,
  name_fr TEXT NOT NULL,
  demonym_en TEXT NOT NULL,
  demonyms_fr TEXT NOT NULL,                                     -- JSON array: masculine, feminine forms
  is_sahel INTEGER NOT NULL DEFAULT 0 CHECK (is_sahel IN (0, 1)),
  origin TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  guild_id INTEGER
);

-- Every name a country is known by (names, codes, demonyms, extra aliases), folded, for resolution.
CREATE TABLE country_aliases (
  country_code TEXT NOT NULL REFERENCES countries (code) ON DELETE CASCADE,
  alias TEXT NOT NULL,                                           -- as written
  alias_folded TEXT NOT NULL,
  PRIMARY KEY (country_code, alias)
);
CREATE INDEX ix_country_aliases_folded ON country_aliases (alias_folded);

-- Articles and documents that facts cite.
CREATE TABLE sources (
  id TEXT PRIMARY KEY NOT NULL,                                  -- 'src-001'
  url TEXT,                                                      -- NULL when no confirmed address
  title TEXT NOT NULL,
  publisher TEXT,
  published TEXT,                                                -- full date only, else NULL
  origin TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  guild_id INTEGER
);

-- Armed groups.
CREATE TABLE groups (
  id TEXT PRIMARY KEY NOT NULL,                                  -- 'grp-001'
  name TEXT NOT NULL,
  name_folded TEXT NOT NULL,
  affiliation TEXT,                                              -- al-Qaeda | Islamic State | separatist | militia | state-backed | other
  founded TEXT,                                                  -- a year or a date, as the source gives it
  summary TEXT,
  origin TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  guild_id INTEGER,
  retracted_at TEXT,                                             -- soft retraction; rows are never deleted
  retracted_reason TEXT,
  version INTEGER NOT NULL DEFAULT 1                             -- bumped on each change (optimistic concurrency)
);

-- Other names of a group, in the order the data gives them (the first short all-caps one is its short name).
CREATE TABLE group_aliases (
  group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  alias TEXT NOT NULL,
  alias_folded TEXT NOT NULL,
  PRIMARY KEY (group_id, ordinal)
);
CREATE INDEX ix_group_aliases_folded ON group_aliases (alias_folded);

-- Countries a group is active in.
CREATE TABLE group_countries (
  group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  country_code TEXT NOT NULL REFERENCES countries (code),
  PRIMARY KEY (group_id, country_code)
);

-- Leaders over time; from/to are partial dates as the source gives them.
CREATE TABLE group_leaders (
  group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  name TEXT NOT NULL,
  role TEXT,
  "from" TEXT,
  "to" TEXT,
  PRIMARY KEY (group_id, ordinal)
);

-- Sources cited by a group, numbered from 1 in citation order.
CREATE TABLE group_sources (
  group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  source_id TEXT NOT NULL REFERENCES sources (id),
  ordinal INTEGER NOT NULL,
  PRIMARY KEY (group_id, source_id)
);
CREATE INDEX ix_group_sources_source ON group_sources (source_id);

-- Security incidents.
CREATE TABLE incidents (
  id TEXT PRIMARY KEY NOT NULL,                                  -- 'inc-001'
  date TEXT NOT NULL,                                            -- first day of the month/year when less precise
  date_precision TEXT NOT NULL CHECK (date_precision IN ('day', 'month', 'year')),
  country_code TEXT NOT NULL REFERENCES countries (code),
  admin1 TEXT,
  place TEXT NOT NULL,
  place_folded TEXT NOT NULL,
  latitude REAL,
  longitude REAL,
  coordinate_precision TEXT CHECK (coordinate_precision IN ('exact', 'town', 'approximate')),
  kind TEXT NOT NULL,                                            -- attack on military | attack on civilians | ambush | IED | ...
  target TEXT,                                                   -- military | civilians | UN peacekeepers | foreign forces | mixed | other
  deaths_military INTEGER,
  deaths_civilian INTEGER,
  deaths_militants INTEGER,                                      -- attackers killed, usually as claimed by an army
  deaths_min INTEGER,                                            -- lowest reported non-militant toll
  deaths_max INTEGER,                                            -- highest, when sources disagree
  injured INTEGER,
  missing INTEGER,
  summary TEXT NOT NULL,
  external_id TEXT,                                              -- dataset event id ('acled:…', 'ucdp:…') for re-imports
  origin TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  guild_id INTEGER,
  retracted_at TEXT,
  retracted_reason TEXT,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX ux_incidents_external_id ON incidents (external_id) WHERE external_id IS NOT NULL;
CREATE INDEX ix_incidents_date ON incidents (date DESC, id);
CREATE INDEX ix_incidents_country_date ON incidents (country_code, date DESC);
CREATE INDEX ix_incidents_place_folded ON incidents (place_folded);

-- Other spellings of an incident's place.
CREATE TABLE incident_place_aliases (
  incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  alias TEXT NOT NULL,
  alias_folded TEXT NOT NULL,
  PRIMARY KEY (incident_id, ordinal)
);
CREATE INDEX ix_incident_place_aliases_folded ON incident_place_aliases (alias_folded);

-- Sources cited by an incident, numbered from 1 in citation order.
CREATE TABLE incident_sources (
  incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  source_id TEXT NOT NULL REFERENCES sources (id),
  ordinal INTEGER NOT NULL,
  PRIMARY KEY (incident_id, source_id)
);
CREATE INDEX ix_incident_sources_source ON incident_sources (source_id);

-- Groups an incident is attributed to (perpetrator) or claimed by (claimant); a group may be both.
CREATE TABLE incident_groups (
  incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  group_id TEXT NOT NULL REFERENCES groups (id),
  role TEXT NOT NULL CHECK (role IN ('perpetrator', 'claimant')),
  ordinal INTEGER NOT NULL,
  PRIMARY KEY (incident_id, role, group_id)
);
CREATE INDEX ix_incident_groups_group ON incident_groups (group_id, incident_id);

-- International and national deployments (operations, missions, forces).
CREATE TABLE deployments (
  id TEXT PRIMARY KEY NOT NULL,                                  -- 'dep-001'
  name TEXT NOT NULL,
  kind TEXT NOT NULL,                                            -- national military operation | UN peacekeeping | regional force | ...
  start TEXT,                                                    -- partial date ('2013', '2013-01', '2013-01-11') or NULL
  "end" TEXT,                                                    -- NULL = still present
  summary TEXT,
  origin TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  guild_id INTEGER,
  retracted_at TEXT,
  retracted_reason TEXT,
  version INTEGER NOT NULL DEFAULT 1
);

-- Who contributes troops; free text, linked to a country when the name is one.
CREATE TABLE deployment_contributors (
  deployment_id TEXT NOT NULL REFERENCES deployments (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  name TEXT NOT NULL,
  country_code TEXT REFERENCES countries (code),
  PRIMARY KEY (deployment_id, ordinal)
);

-- Countries a deployment operates in.
CREATE TABLE deployment_hosts (
  deployment_id TEXT NOT NULL REFERENCES deployments (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  country_code TEXT NOT NULL REFERENCES countries (code),
  PRIMARY KEY (deployment_id, country_code)
);
CREATE INDEX ix_deployment_hosts_country ON deployment_hosts (country_code);

-- Point-in-time troop figures exactly as a source gives them.
CREATE TABLE deployment_strength (
  deployment_id TEXT NOT NULL REFERENCES deployments (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  as_of TEXT NOT NULL,                                           -- as given: '2013-04' or '2013-04-25'
  troops INTEGER NOT NULL,
  note TEXT,
  PRIMARY KEY (deployment_id, ordinal)
);

-- Sources cited by a deployment, numbered from 1 in citation order.
CREATE TABLE deployment_sources (
  deployment_id TEXT NOT NULL REFERENCES deployments (id) ON DELETE CASCADE,
  source_id TEXT NOT NULL REFERENCES sources (id),
  ordinal INTEGER NOT NULL,
  PRIMARY KEY (deployment_id, source_id)
);

-- Every change made after the curated build: who, where, what, before and after.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,                                           -- Discord user id or importer name
  guild_id INTEGER,
  action TEXT NOT NULL,                                          -- add | update | retract | import …
  entity TEXT NOT NULL,                                          -- incident | group | deployment | source
  entity_id TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT,
  reason TEXT
);
CREATE INDEX ix_audit_log_entity ON audit_log (entity, entity_id);
