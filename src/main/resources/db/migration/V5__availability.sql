-- What can be booked. Durations are the defaults of each location's schedule.
CREATE TABLE appointment_types (
    id               varchar(64)  PRIMARY KEY,
    name             varchar(100) NOT NULL,
    mode             varchar(16)  NOT NULL CHECK (mode IN ('VIRTUAL', 'IN_PERSON')),
    duration_minutes integer      NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480)
);

INSERT INTO appointment_types (id, name, mode, duration_minutes)
VALUES ('virtual-consultation', 'Free virtual consultation', 'VIRTUAL', 20),
       ('in-person-consultation', 'Free in-person consultation', 'IN_PERSON', 30);

-- One schedule per (location, type). Holds and bookings share-lock its row (an admin's change waits for them) and
-- take an advisory lock per (location, type, local date) before counting what is taken, so capacity holds across
-- any number of instances.
CREATE TABLE schedules (
    id                  bigserial   PRIMARY KEY,
    location_id         varchar(64) NOT NULL REFERENCES locations (id),
    appointment_type_id varchar(64) NOT NULL REFERENCES appointment_types (id),
    slot_minutes        integer     NOT NULL CHECK (slot_minutes BETWEEN 5 AND 480),
    step_minutes        integer     NOT NULL CHECK (step_minutes BETWEEN 5 AND 480),
    buffer_minutes      integer     NOT NULL CHECK (buffer_minutes BETWEEN 0 AND 240),
    capacity            integer     NOT NULL CHECK (capacity BETWEEN 0 AND 50),
    min_notice_minutes  integer     NOT NULL CHECK (min_notice_minutes BETWEEN 0 AND 43200),
    horizon_days        integer     NOT NULL CHECK (horizon_days BETWEEN 1 AND 365),
    version             bigint      NOT NULL DEFAULT 0,
    updated_at          timestamptz NOT NULL DEFAULT now(),
    UNIQUE (location_id, appointment_type_id)
);

-- Opening hours, local wall-clock time at the location; several intervals a day.
CREATE TABLE schedule_hours (
    schedule_id bigint     NOT NULL REFERENCES schedules (id) ON DELETE CASCADE,
    day_of_week varchar(9) NOT NULL
        CHECK (day_of_week IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')),
    start_time  time       NOT NULL,
    end_time    time       NOT NULL,
    CHECK (start_time < end_time)
);

CREATE INDEX schedule_hours_schedule_idx ON schedule_hours (schedule_id);

-- Defaults: in person weekdays 9-12 and 13-17, one room, 30 minutes every 15 with 15 to turn the room around;
-- virtual weekdays 8-18 and Saturday 9-13, two physicians, 20 minutes every 30 with 10 for notes.
INSERT INTO schedules (location_id, appointment_type_id, slot_minutes, step_minutes, buffer_minutes, capacity,
                       min_notice_minutes, horizon_days)
SELECT l.id, t.id,
       t.duration_minutes,
       CASE t.mode WHEN 'IN_PERSON' THEN 15 ELSE 30 END,
       CASE t.mode WHEN 'IN_PERSON' THEN 15 ELSE 10 END,
       CASE t.mode WHEN 'IN_PERSON' THEN 1 ELSE 2 END,
       120, 60
FROM locations l CROSS JOIN appointment_types t;

INSERT INTO schedule_hours (schedule_id, day_of_week, start_time, end_time)
SELECT s.id, d.day, h.start_time, h.end_time
FROM schedules s
JOIN appointment_types t ON t.id = s.appointment_type_id
CROSS JOIN (VALUES ('MONDAY'), ('TUESDAY'), ('WEDNESDAY'), ('THURSDAY'), ('FRIDAY')) AS d (day)
JOIN (VALUES ('IN_PERSON', time '09:00', time '12:00'),
             ('IN_PERSON', time '13:00', time '17:00'),
             ('VIRTUAL', time '08:00', time '18:00')) AS h (mode, start_time, end_time) ON h.mode = t.mode
UNION ALL
SELECT s.id, 'SATURDAY', time '09:00', time '13:00'
FROM schedules s
JOIN appointment_types t ON t.id = s.appointment_type_id AND t.mode = 'VIRTUAL';

-- A location closed for a while (holiday, training): local wall-clock times at the location, every type.
CREATE TABLE closures (
    id          uuid         PRIMARY KEY,
    location_id varchar(64)  NOT NULL REFERENCES locations (id),
    starts_at   timestamp    NOT NULL,
    ends_at     timestamp    NOT NULL,
    reason      varchar(200),
    created_at  timestamptz  NOT NULL,
    CHECK (starts_at < ends_at)
);

CREATE INDEX closures_location_idx ON closures (location_id, ends_at);

-- A short reservation while someone finishes a form. It counts until it expires or is released; nothing needs to
-- delete it for that to be true (every count compares expires_at with the time of the count).
CREATE TABLE holds (
    id                  uuid        PRIMARY KEY,
    location_id         varchar(64) NOT NULL REFERENCES locations (id),
    appointment_type_id varchar(64) NOT NULL REFERENCES appointment_types (id),
    start_at            timestamptz NOT NULL,
    end_at              timestamptz NOT NULL,
    blocks_until        timestamptz NOT NULL,
    expires_at          timestamptz NOT NULL,
    released_at         timestamptz,
    created_at          timestamptz NOT NULL,
    CHECK (start_at < end_at AND end_at <= blocks_until)
);

CREATE INDEX holds_slot_idx ON holds (location_id, appointment_type_id, start_at);

-- Booked consultations. blocks_until = end + the schedule's buffer at booking time.
CREATE TABLE appointments (
    id                  uuid        PRIMARY KEY,
    location_id         varchar(64) NOT NULL REFERENCES locations (id),
    appointment_type_id varchar(64) NOT NULL REFERENCES appointment_types (id),
    lead_id             uuid        NOT NULL REFERENCES leads (id),
    status              varchar(16) NOT NULL CHECK (status IN ('BOOKED', 'CANCELLED', 'COMPLETED', 'NO_SHOW')),
    start_at            timestamptz NOT NULL,
    end_at              timestamptz NOT NULL,
    blocks_until        timestamptz NOT NULL,
    manage_token_hash   varchar(64) NOT NULL UNIQUE,
    cancel_reason       varchar(500),
    cancelled_at        timestamptz,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    version             bigint      NOT NULL DEFAULT 0,
    CHECK (start_at < end_at AND end_at <= blocks_until)
);

CREATE INDEX appointments_slot_idx ON appointments (location_id, appointment_type_id, start_at);
CREATE INDEX appointments_lead_idx ON appointments (lead_id);
