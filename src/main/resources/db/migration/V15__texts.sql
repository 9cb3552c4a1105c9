-- Text messages (SMS) travel through the same outbox as emails: a row's channel says which, and a text's recipient is
-- an E.164 number. The provider's id and last status are kept for staff; the status callback finds the row by either.
ALTER TABLE notifications ADD COLUMN channel varchar(8) NOT NULL DEFAULT 'EMAIL' CHECK (channel IN ('EMAIL', 'SMS'));
ALTER TABLE notifications ADD COLUMN provider_id varchar(64);
ALTER TABLE notifications ADD COLUMN provider_status varchar(16);
ALTER TABLE notifications ADD COLUMN segments integer;
CREATE UNIQUE INDEX notifications_provider_idx ON notifications (provider_id) WHERE provider_id IS NOT NULL;
-- the daily and weekly caps count the texts one number was sent
CREATE INDEX notifications_sent_texts_idx ON notifications (recipient, sent_at) WHERE channel = 'SMS' AND status = 'SENT';

-- Consent to texts, as it changed after the form recorded it (the form's record itself is append-only): an opt-out
-- by keyword, by a provider's report, or taken by staff over the phone; an opt-in by keyword. The newest row of a
-- number decides; a number with no row has only the consent its form gave.
CREATE TABLE text_consent_events (
    id        bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    phone     varchar(20)  NOT NULL,
    opted_in  boolean      NOT NULL,
    -- KEYWORD (the person texted it), PROVIDER (the provider refused: the person opted out with it), STAFF
    source    varchar(16)  NOT NULL CHECK (source IN ('KEYWORD', 'PROVIDER', 'STAFF')),
    -- the keyword, or staff's subject; never free text
    detail    varchar(200),
    at        timestamptz  NOT NULL
);
CREATE INDEX text_consent_events_phone_idx ON text_consent_events (phone, id DESC);

-- Short links in texts: a random code standing for an appointment's manage page at one iCalendar sequence. The
-- redirect issues the page's token when followed, so none is stored; a reschedule or cancellation ends the link.
CREATE TABLE short_links (
    code            varchar(16)  PRIMARY KEY,
    appointment_id  uuid         NOT NULL REFERENCES appointments (id) ON DELETE CASCADE,
    sequence        integer      NOT NULL,
    expires_at      timestamptz  NOT NULL
);
CREATE INDEX short_links_appointment_idx ON short_links (appointment_id);
