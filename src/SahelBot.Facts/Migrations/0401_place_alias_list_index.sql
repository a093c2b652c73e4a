-- 0401: an incident's place aliases in order, from the index alone. /map reads them for every incident its place
-- name cannot place (tens of thousands in a large store); without it each read went from the key to the table row
-- (100k incidents, Mali: ~65 → ~40 ms).
CREATE INDEX ix_incident_place_aliases_list ON incident_place_aliases (incident_id, ordinal, alias);
