-- 0200: channel subscriptions and their deliveries. A subscription is one channel's standing order for
-- new incidents that pass its filters (ANDed across kinds of filter, ORed within one). A delivery is one
-- incident for one channel; the row is the truth about whether it was posted, so a crash loses nothing
-- and a retry posts nothing twice. Rows are written in the transaction that stores the incident.

CREATE TABLE subscriptions (
  id INTEGER PRIMARY KEY,
  guild_id INTEGER NOT NULL,
  channel_id INTEGER NOT NULL UNIQUE,                            -- one subscription per channel; subscribing again updates it
  countries TEXT NOT NULL DEFAULT '[]',                          -- JSON array of ISO2 codes; empty = any
  groups TEXT NOT NULL DEFAULT '[]',                             -- JSON array of group ids; empty = any
  kinds TEXT NOT NULL DEFAULT '[]',                              -- JSON array of incident kinds; empty = any
  min_deaths INTEGER,                                            -- NULL = any toll
  locale TEXT NOT NULL DEFAULT 'en-US',                          -- language of the posts
  state TEXT NOT NULL DEFAULT 'active'
    CHECK (state IN ('active', 'paused', 'discord_paused', 'removed')),
  reason TEXT,                                                   -- why Discord refused the channel ('discord_paused')
  error_code INTEGER,                                            -- Discord's JSON error code (10003, 50001, 50013)
  starts_after INTEGER NOT NULL DEFAULT 0,                       -- incidents.rowid of the newest incident when subscribed
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX ix_subscriptions_guild ON subscriptions (guild_id, state);

CREATE TABLE deliveries (
  id INTEGER PRIMARY KEY,
  incident_id TEXT NOT NULL REFERENCES incidents (id),
  channel_id INTEGER NOT NULL,
  subscription_id INTEGER NOT NULL REFERENCES subscriptions (id),
  state TEXT NOT NULL DEFAULT 'pending'
    CHECK (state IN ('pending', 'sending', 'posted', 'failed', 'skipped')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT,                                          -- NULL = due now
  last_error_code INTEGER,                                       -- Discord's JSON error code, or the HTTP status
  last_error TEXT,
  nonce TEXT,                                                    -- set when claimed; a re-send uses the same one
  message_id INTEGER,                                            -- the posted message (shared by a digest's rows)
  posted_at TEXT,
  posted_version INTEGER,                                        -- incidents.version the posted message shows
  needs_edit INTEGER NOT NULL DEFAULT 0 CHECK (needs_edit IN (0, 1)),
  created_at TEXT NOT NULL,
  UNIQUE (incident_id, channel_id)
);
CREATE INDEX ix_deliveries_due ON deliveries (state, next_attempt_at);
CREATE INDEX ix_deliveries_channel ON deliveries (channel_id, state);
CREATE INDEX ix_deliveries_nonce ON deliveries (nonce) WHERE nonce IS NOT NULL;
CREATE INDEX ix_deliveries_needs_edit ON deliveries (needs_edit) WHERE needs_edit = 1;

-- A correction (version bump) or retraction of a posted incident must reach the channel: whichever path
-- changes the incident, the posted messages are marked for editing in that same transaction.
CREATE TRIGGER trg_incidents_changed_edit_deliveries
AFTER UPDATE OF version, retracted_at, retracted_reason ON incidents
WHEN NEW.version IS NOT OLD.version OR NEW.retracted_at IS NOT OLD.retracted_at OR NEW.retracted_reason IS NOT OLD.retracted_reason
BEGIN
  UPDATE deliveries SET needs_edit = 1 WHERE incident_id = NEW.id AND message_id IS NOT NULL;
END;
