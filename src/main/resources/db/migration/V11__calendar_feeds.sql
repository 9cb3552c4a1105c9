-- Secret calendar-feed keys of staff members, for Google Calendar or Outlook to subscribe to a location's
-- appointments. A staff member has at most one live key (a new one revokes the old), for the locations their token
-- allowed when they made it (NULL: every location). Only the key's SHA-256 is kept.
CREATE TABLE calendar_feeds (
    id           uuid          PRIMARY KEY,
    subject      varchar(200)  NOT NULL,
    location_ids varchar(64)[],
    key_hash     varchar(64)   NOT NULL UNIQUE,
    created_at   timestamptz   NOT NULL,
    expires_at   timestamptz   NOT NULL,
    revoked_at   timestamptz,
    last_read_at timestamptz
);
CREATE UNIQUE INDEX calendar_feeds_live_idx ON calendar_feeds (subject) WHERE revoked_at IS NULL;
