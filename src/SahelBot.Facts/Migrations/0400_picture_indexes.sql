-- 0400: indexes for /trend and /map over large stores. The country listing index also carries the origin and
-- what a map point needs (kind, place, region, coordinates, precisions), so a selection's counts per origin and
-- its map points come from the index instead of reading every row (100k incidents, Mali: origins ~60 → ~12 ms,
-- points ~80 → ~40 ms). The lead-group index answers "first perpetrator, else first claimant" per incident
-- without touching the table ('perpetrator' sorts after 'claimant', so role DESC).
DROP INDEX ix_incidents_country_date;
CREATE INDEX ix_incidents_country_date ON incidents
  (country_code, date DESC, id, guild_id, retracted_at, duplicate_of, COALESCE(deaths_max, deaths_min),
   deaths_max, deaths_min, deaths_military, deaths_civilian, origin,
   date_precision, kind, place, admin1, latitude, longitude, coordinate_precision) WHERE duplicate_of IS NULL;
CREATE INDEX ix_incident_groups_lead ON incident_groups (incident_id, role DESC, ordinal, group_id);
