-- Consultations are the public's to book; treatments are booked by staff, as a series or a booster.
ALTER TABLE appointment_types
    ADD COLUMN kind varchar(16) NOT NULL DEFAULT 'CONSULTATION' CHECK (kind IN ('CONSULTATION', 'TREATMENT'));

INSERT INTO appointment_types (id, name, mode, duration_minutes, kind)
VALUES ('ketamine-infusion', 'Ketamine infusion', 'IN_PERSON', 60, 'TREATMENT');

-- Defaults: four infusion chairs, 60 minutes with recovery every 30, 15 to clean the chair, weekdays 8-17 and
-- Saturday 9-13, booked at least a day ahead and up to 90 days out. Admins change them like any schedule.
INSERT INTO schedules (location_id, appointment_type_id, slot_minutes, step_minutes, buffer_minutes, capacity,
                       min_notice_minutes, horizon_days)
SELECT l.id, 'ketamine-infusion', 60, 30, 15, 4, 1440, 90
FROM locations l;

INSERT INTO schedule_hours (schedule_id, day_of_week, start_time, end_time)
SELECT s.id, d.day, d.start_time, d.end_time
FROM schedules s
CROSS JOIN (VALUES ('MONDAY', time '08:00', time '17:00'),
                   ('TUESDAY', time '08:00', time '17:00'),
                   ('WEDNESDAY', time '08:00', time '17:00'),
                   ('THURSDAY', time '08:00', time '17:00'),
                   ('FRIDAY', time '08:00', time '17:00'),
                   ('SATURDAY', time '09:00', time '13:00')) AS d (day, start_time, end_time)
WHERE s.appointment_type_id = 'ketamine-infusion';

-- How a series of one treatment is spread: so many infusions, the first to the last spanning between min and max
-- calendar days (both ends counted), consecutive ones at least min_days_apart dates apart (1: consecutive days,
-- never two a day), on the listed weekdays only when some are listed.
CREATE TABLE series_plans (
    id                  varchar(64)  PRIMARY KEY,
    appointment_type_id varchar(64)  NOT NULL REFERENCES appointment_types (id),
    name                varchar(100) NOT NULL,
    infusions           integer      NOT NULL CHECK (infusions BETWEEN 1 AND 12),
    min_span_days       integer      NOT NULL CHECK (min_span_days >= 1),
    max_span_days       integer      NOT NULL CHECK (max_span_days BETWEEN 1 AND 42),
    min_days_apart      integer      NOT NULL CHECK (min_days_apart BETWEEN 1 AND 14),
    weekdays            varchar(80)  NOT NULL DEFAULT '',
    version             bigint       NOT NULL DEFAULT 0,
    updated_at          timestamptz  NOT NULL,
    CHECK (min_span_days <= max_span_days)
);

INSERT INTO series_plans (id, appointment_type_id, name, infusions, min_span_days, max_span_days, min_days_apart,
                          updated_at)
VALUES ('ketamine-induction', 'ketamine-infusion', 'Ketamine induction series', 5, 10, 14, 1, now());

-- A lead's treatment series: its infusions are appointments that name it.
CREATE TABLE treatment_series (
    id              uuid         PRIMARY KEY,
    lead_id         uuid         NOT NULL REFERENCES leads (id),
    location_id     varchar(64)  NOT NULL REFERENCES locations (id),
    plan_id         varchar(64)  NOT NULL REFERENCES series_plans (id),
    status          varchar(16)  NOT NULL CHECK (status IN ('BOOKED', 'CANCELLED', 'COMPLETED')),
    infusions       integer      NOT NULL,
    override_reason varchar(500),
    booked_by       varchar(200) NOT NULL,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    version         bigint       NOT NULL DEFAULT 0
);

CREATE INDEX treatment_series_lead_idx ON treatment_series (lead_id);

ALTER TABLE appointments
    ADD COLUMN series_id uuid REFERENCES treatment_series (id),
    ADD COLUMN series_position integer,
    ADD CHECK ((series_id IS NULL) = (series_position IS NULL));

CREATE UNIQUE INDEX appointments_series_position_idx ON appointments (series_id, series_position)
    WHERE series_id IS NOT NULL;
