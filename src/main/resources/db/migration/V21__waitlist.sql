-- People waiting for a consultation time at a location when nothing suited them: first come, first served by place
-- (given as each entry is written). A freed seat that matches is offered to the first in line as a hold with a deadline; an entry has
-- at most one open offer. Ids and preferences only: the person is the lead's.
CREATE TABLE waitlist_entries (
    id                  uuid         PRIMARY KEY,
    place               bigint       GENERATED ALWAYS AS IDENTITY,
    lead_id             uuid         NOT NULL REFERENCES leads (id),
    location_id         varchar(64)  NOT NULL REFERENCES locations (id),
    appointment_type_id varchar(64)  NOT NULL REFERENCES appointment_types (id),
    from_date           date         NOT NULL,
    to_date             date         NOT NULL,
    -- the location's wall-clock times and weekdays the person can come; null and '' for any
    after_time          time,
    before_time         time,
    weekdays            varchar(80)  NOT NULL DEFAULT '',
    -- WAITING in line, OFFERED (an open offer), BOOKED (accepted), LEFT (by the person or staff), ENDED (range over)
    status              varchar(16)  NOT NULL CHECK (status IN ('WAITING', 'OFFERED', 'BOOKED', 'LEFT', 'ENDED')),
    joined_by           varchar(200) NOT NULL,
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL,
    CHECK (from_date <= to_date)
);
CREATE INDEX waitlist_entries_line_idx ON waitlist_entries (location_id, appointment_type_id, place)
    WHERE status IN ('WAITING', 'OFFERED');
CREATE INDEX waitlist_entries_lead_idx ON waitlist_entries (lead_id);

-- Offers: one seat kept (a hold, in holds) for one entry until expires_at. A seat is one hold, so capacity (the
-- booking locks of SeatClaims) means one seat is never offered to two people at once, whichever instance offers it.
CREATE TABLE waitlist_offers (
    id             uuid         PRIMARY KEY,
    entry_id       uuid         NOT NULL REFERENCES waitlist_entries (id) ON DELETE CASCADE,
    hold_id        uuid         NOT NULL REFERENCES holds (id),
    start_at       timestamptz  NOT NULL,
    end_at         timestamptz  NOT NULL,
    -- when the message goes: at once, or when quiet hours end
    offered_at     timestamptz  NOT NULL,
    expires_at     timestamptz  NOT NULL,
    -- OPEN, ACCEPTED (booked), EXPIRED (not answered in time), WITHDRAWN (the person left, or the entry was erased)
    status         varchar(16)  NOT NULL CHECK (status IN ('OPEN', 'ACCEPTED', 'EXPIRED', 'WITHDRAWN')),
    appointment_id uuid,
    created_at     timestamptz  NOT NULL,
    answered_at    timestamptz
);
CREATE UNIQUE INDEX waitlist_offers_one_open_idx ON waitlist_offers (entry_id) WHERE status = 'OPEN';
CREATE INDEX waitlist_offers_entry_idx ON waitlist_offers (entry_id, created_at);
CREATE INDEX waitlist_offers_open_idx ON waitlist_offers (expires_at) WHERE status = 'OPEN';

-- Messages about a waitlist entry: joined (with the leave link), and an offer (with the confirm link).
ALTER TABLE notifications ADD COLUMN waitlist_entry_id uuid;
ALTER TABLE notifications DROP CONSTRAINT notifications_type_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_type_check CHECK (type IN ('LEAD_RECEIVED', 'NEW_LEAD',
    'APPOINTMENT_CONFIRMED', 'APPOINTMENT_RESCHEDULED', 'APPOINTMENT_CANCELLED', 'APPOINTMENT_REMINDER',
    'SERIES_CONFIRMED', 'SERIES_FOLLOW_UP', 'WAITLIST_JOINED', 'WAITLIST_OFFER', 'REFERRAL_INVITATION',
    'WEBHOOK_DISABLED'));

-- A text's short link can stand for a waitlist entry's page too (exactly one of the two).
ALTER TABLE short_links ALTER COLUMN appointment_id DROP NOT NULL;
ALTER TABLE short_links ADD COLUMN waitlist_entry_id uuid REFERENCES waitlist_entries (id) ON DELETE CASCADE;
ALTER TABLE short_links ADD CONSTRAINT short_links_one_target_check
    CHECK ((appointment_id IS NULL) <> (waitlist_entry_id IS NULL));
CREATE INDEX short_links_waitlist_idx ON short_links (waitlist_entry_id) WHERE waitlist_entry_id IS NOT NULL;
