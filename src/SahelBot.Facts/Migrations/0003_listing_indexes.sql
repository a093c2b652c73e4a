-- 0003: indexes that answer incident lists and counts from the index alone. Every list applies the
-- visibility rule (guild_id, retracted_at); with those columns in the index, counting a country's
-- incidents in a store of a million rows no longer reads a million table rows.
DROP INDEX ix_incidents_date;
DROP INDEX ix_incidents_country_date;
CREATE INDEX ix_incidents_date ON incidents (date DESC, id, guild_id, retracted_at, country_code);
CREATE INDEX ix_incidents_country_date ON incidents (country_code, date DESC, id, guild_id, retracted_at);

-- The minimum-deaths filter compares with the highest reported toll.
CREATE INDEX ix_incidents_deaths ON incidents (COALESCE(deaths_max, deaths_min));
