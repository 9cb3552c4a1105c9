-- When the person hears from the clinic again after a completed series (about a booster); cleared once queued.
ALTER TABLE treatment_series ADD COLUMN follow_up_due_at timestamptz;
CREATE INDEX treatment_series_follow_up_idx ON treatment_series (follow_up_due_at) WHERE follow_up_due_at IS NOT NULL;

ALTER TABLE notifications DROP CONSTRAINT notifications_type_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_type_check CHECK (type IN ('LEAD_RECEIVED', 'NEW_LEAD',
    'APPOINTMENT_CONFIRMED', 'APPOINTMENT_RESCHEDULED', 'APPOINTMENT_CANCELLED', 'APPOINTMENT_REMINDER',
    'SERIES_CONFIRMED', 'SERIES_FOLLOW_UP', 'REFERRAL_INVITATION', 'WEBHOOK_DISABLED'));
