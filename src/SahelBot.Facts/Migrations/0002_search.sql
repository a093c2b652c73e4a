-- 0002: full-text search over incidents, groups and deployments (FTS5, bm25 ranking).
-- This script fills the index from the rows already present; later writes refresh it explicitly
-- (SearchIndex in the code) because a document spans several tables (aliases, groups, countries)
-- and is only complete once its parent and child rows are all written.

-- One row per searchable entity. Its INTEGER PRIMARY KEY is the FTS rowid: explicit keys survive
-- VACUUM, the implicit rowids of the entity tables do not.
CREATE TABLE search_documents (
  doc_id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('incident', 'group', 'deployment')),
  entity_id TEXT NOT NULL,
  UNIQUE (kind, entity_id)
);

-- title: place or name; names: aliases, contributors; context: kind, countries (en/fr), year, groups; body: summary.
-- porter stems English ('claimed' = 'claim'); remove_diacritics makes 'Inatès' = 'inates'.
CREATE VIRTUAL TABLE search_text USING fts5 (
  title, names, context, body,
  tokenize = 'porter unicode61 remove_diacritics 2'
);

INSERT INTO search_documents (kind, entity_id) SELECT 'incident', id FROM incidents ORDER BY id;
INSERT INTO search_documents (kind, entity_id) SELECT 'group', id FROM groups ORDER BY id;
INSERT INTO search_documents (kind, entity_id) SELECT 'deployment', id FROM deployments ORDER BY id;

INSERT INTO search_text (rowid, title, names, context, body)
SELECT d.doc_id,
       i.place,
       trim(COALESCE((SELECT group_concat(a.alias, ' ') FROM incident_place_aliases a WHERE a.incident_id = i.id), '')
            || ' ' || COALESCE(i.admin1, '')),
       i.kind || ' ' || COALESCE(i.target, '') || ' ' || c.name_en || ' ' || c.name_fr || ' ' || substr(i.date, 1, 4)
            || ' ' || COALESCE((SELECT group_concat(g.name || ' ' || COALESCE((SELECT group_concat(ga.alias, ' ') FROM group_aliases ga WHERE ga.group_id = g.id), ''), ' ')
                                FROM incident_groups ig JOIN groups g ON g.id = ig.group_id WHERE ig.incident_id = i.id), ''),
       i.summary
FROM search_documents d
JOIN incidents i ON i.id = d.entity_id
JOIN countries c ON c.code = i.country_code
WHERE d.kind = 'incident';

INSERT INTO search_text (rowid, title, names, context, body)
SELECT d.doc_id,
       g.name,
       COALESCE((SELECT group_concat(ga.alias, ' ') FROM group_aliases ga WHERE ga.group_id = g.id), ''),
       COALESCE(g.affiliation, '') || ' ' || COALESCE((SELECT group_concat(c.name_en || ' ' || c.name_fr, ' ')
                                                      FROM group_countries gc JOIN countries c ON c.code = gc.country_code WHERE gc.group_id = g.id), ''),
       COALESCE(g.summary, '')
FROM search_documents d
JOIN groups g ON g.id = d.entity_id
WHERE d.kind = 'group';

INSERT INTO search_text (rowid, title, names, context, body)
SELECT d.doc_id,
       p.name,
       COALESCE((SELECT group_concat(dc.name, ' ') FROM deployment_contributors dc WHERE dc.deployment_id = p.id), ''),
       p.kind || ' ' || COALESCE((SELECT group_concat(c.name_en || ' ' || c.name_fr, ' ')
                                  FROM deployment_hosts h JOIN countries c ON c.code = h.country_code WHERE h.deployment_id = p.id), ''),
       COALESCE(p.summary, '')
FROM search_documents d
JOIN deployments p ON p.id = d.entity_id
WHERE d.kind = 'deployment';
