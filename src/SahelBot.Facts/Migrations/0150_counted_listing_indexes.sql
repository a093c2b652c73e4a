-- 0150: the listing indexes of 0003, made partial on counted incidents. Since 0100 every list and total
-- also requires duplicate_of IS NULL; a column outside the index sent each counted row back to the
-- table (a country's total in a million-row store took seconds). The column is in the indexes (SQLite
-- does not count a partial index's WHERE column as covered) and the indexes skip the duplicates.
-- Numbered after 0100 because it needs the duplicate_of column that 0100 adds.
DROP INDEX ix_incidents_date;
DROP INDEX ix_incidents_country_date;
DROP INDEX ix_incidents_deaths;
CREATE INDEX ix_incidents_date ON incidents (date DESC, id, guild_id, retracted_at, country_code, duplicate_of) WHERE duplicate_of IS NULL;
CREATE INDEX ix_incidents_country_date ON incidents (country_code, date DESC, id, guild_id, retracted_at, duplicate_of) WHERE duplicate_of IS NULL;
CREATE INDEX ix_incidents_deaths ON incidents (COALESCE(deaths_max, deaths_min)) WHERE duplicate_of IS NULL;
