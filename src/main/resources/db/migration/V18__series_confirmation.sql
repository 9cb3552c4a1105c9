-- One confirmation for a whole treatment series: every infusion's time, and an invitation for each.
ALTER TABLE notifications DROP CONSTRAINT notifications_type_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_type_check CHECK (type IN ('LEAD_RECEIVED', 'NEW_LEAD',
    'APPOINTMENT_CONFIRMED', 'APPOINTMENT_RESCHEDULED', 'APPOINTMENT_CANCELLED', 'APPOINTMENT_REMINDER',
    'SERIES_CONFIRMED', 'REFERRAL_INVITATION', 'WEBHOOK_DISABLED'));
