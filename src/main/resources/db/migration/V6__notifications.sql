-- The notification outbox: each email is a row written in the transaction of the change that causes it, and sent
-- by a background worker (any instance) after commit. Rendering happens at send time from these facts and the
-- current lead, location and appointment; the appointment's time as of the change is kept here, so two quick
-- reschedules send two messages with their own times.
CREATE TABLE notifications (
    id              uuid         PRIMARY KEY,
    type            varchar(32)  NOT NULL CHECK (type IN ('LEAD_RECEIVED', 'NEW_LEAD', 'APPOINTMENT_CONFIRMED',
                                     'APPOINTMENT_RESCHEDULED', 'APPOINTMENT_CANCELLED', 'APPOINTMENT_REMINDER',
                                     'REFERRAL_INVITATION')),
    -- PENDING: to be sent (again); SENT; FAILED: attempts exhausted, an admin may retry;
    -- SKIPPED: no longer applies (appointment cancelled before its reminder, personal data erased)
    status          varchar(16)  NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'SKIPPED')),
    -- NULL once the lead's personal data is erased
    recipient       varchar(254),
    lead_id         uuid         REFERENCES leads (id),
    location_id     varchar(64)  REFERENCES locations (id),
    appointment_id  uuid         REFERENCES appointments (id),
    referral_id     uuid         REFERENCES referrals (id),
    -- the appointment as of the change: its iCalendar SEQUENCE and times
    sequence        integer,
    starts_at       timestamptz,
    ends_at         timestamptz,
    -- the Message-ID header, the same on every attempt so that a receiving server can drop a duplicate; made from
    -- the id, so unique without an index of its own (intake writes two of these rows per lead)
    message_id      varchar(200) NOT NULL,
    attempts        integer      NOT NULL DEFAULT 0,
    -- when the worker may next take it; a claimed message is pushed ahead by a lease so no other worker takes it
    next_attempt_at timestamptz  NOT NULL,
    last_attempt_at timestamptz,
    -- what went wrong, without personal data (an SMTP reply code, an exception class)
    last_error      varchar(300),
    created_at      timestamptz  NOT NULL,
    sent_at         timestamptz,
    CHECK ((status = 'SENT') = (sent_at IS NOT NULL))
);

CREATE INDEX notifications_due_idx ON notifications (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX notifications_lead_idx ON notifications (lead_id, created_at);
CREATE INDEX notifications_failed_idx ON notifications (created_at) WHERE status = 'FAILED';
CREATE INDEX notifications_referral_idx ON notifications (referral_id) WHERE referral_id IS NOT NULL;
CREATE INDEX notifications_appointment_idx ON notifications (appointment_id) WHERE appointment_id IS NOT NULL;

-- iCalendar SEQUENCE: 0 when booked, +1 on each reschedule and on cancellation.
ALTER TABLE appointments ADD COLUMN ical_sequence integer NOT NULL DEFAULT 0;
-- When the reminder is to be queued; NULL when none is due (already queued, cancelled, or booked inside the window).
ALTER TABLE appointments ADD COLUMN reminder_due_at timestamptz;
CREATE INDEX appointments_reminder_idx ON appointments (reminder_due_at) WHERE reminder_due_at IS NOT NULL;
