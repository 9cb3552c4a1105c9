-- Who asked for a hold, as a keyed hash of their address (never the address): a client may keep only so many seats
-- at once, in all and per location and day.
ALTER TABLE holds ADD COLUMN client_key varchar(64);
CREATE INDEX holds_live_client_idx ON holds (client_key, expires_at) WHERE released_at IS NULL;
