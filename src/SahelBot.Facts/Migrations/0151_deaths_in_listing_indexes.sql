-- 0151: the highest reported toll joins the two listing indexes, so "Mali, at least 100 dead" is
-- counted and paged from the index instead of reading every Malian incident row (1 M rows: 2.5 s → 0.2 s).
DROP INDEX ix_incidents_date;
DROP INDEX ix_incidents_country_date;
CREATE INDEX ix_incidents_date ON incidents
  (date DESC, id, guild_id, retracted_at, country_code, duplicate_of, COALESCE(deaths_max, deaths_min)) WHERE duplicate_of IS NULL;
CREATE INDEX ix_incidents_country_date ON incidents
  (country_code, date DESC, id, guild_id, retracted_at, duplicate_of, COALESCE(deaths_max, deaths_min)) WHERE duplicate_of IS NULL;
