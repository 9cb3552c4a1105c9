-- The order messages were written in: one change's messages in the order of its statement, changes in commit order
-- or close to it. A message waits while an earlier one about the same appointment or to the same recipient is unsent.
ALTER TABLE notifications ADD COLUMN seq bigserial;
CREATE INDEX notifications_pending_appointment_idx ON notifications (appointment_id, seq)
    WHERE status = 'PENDING' AND appointment_id IS NOT NULL;
CREATE INDEX notifications_pending_recipient_idx ON notifications (recipient, seq)
    WHERE status = 'PENDING' AND recipient IS NOT NULL;

-- Which worker holds a claimed message: it renews the lease while it works, and only the holder may record a retry
-- or a failure (an email the server took is recorded SENT by whoever learns it).
ALTER TABLE notifications ADD COLUMN claim_token uuid;
