-- 0152: every distinct folded place name and place alias, for the incident place filter. The filter
-- matches whole words anywhere in a name ('Kati' finds 'Kati (military camp)'), which no index can
-- answer; scanning the few thousand distinct names and then using the place indexes beats scanning
-- every incident. Triggers keep it complete whoever writes incidents (builder, moderators, importers).
-- Names are never removed: a stale one simply matches no incident.
CREATE TABLE place_names (
  folded TEXT PRIMARY KEY NOT NULL
) WITHOUT ROWID;

INSERT OR IGNORE INTO place_names (folded) SELECT place_folded FROM incidents;
INSERT OR IGNORE INTO place_names (folded) SELECT alias_folded FROM incident_place_aliases;

CREATE TRIGGER tr_incidents_place_name AFTER INSERT ON incidents
BEGIN
  INSERT OR IGNORE INTO place_names (folded) VALUES (NEW.place_folded);
END;

CREATE TRIGGER tr_incidents_place_name_change AFTER UPDATE OF place_folded ON incidents
BEGIN
  INSERT OR IGNORE INTO place_names (folded) VALUES (NEW.place_folded);
END;

CREATE TRIGGER tr_incident_place_aliases_name AFTER INSERT ON incident_place_aliases
BEGIN
  INSERT OR IGNORE INTO place_names (folded) VALUES (NEW.alias_folded);
END;

CREATE TRIGGER tr_incident_place_aliases_name_change AFTER UPDATE OF alias_folded ON incident_place_aliases
BEGIN
  INSERT OR IGNORE INTO place_names (folded) VALUES (NEW.alias_folded);
END;
