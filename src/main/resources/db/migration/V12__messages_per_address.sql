-- One address in any case is one recipient: its messages go in order whatever case each was typed in, and the
-- receipts it was sent lately are counted together (the cap on what the public form can make the clinic send).
DROP INDEX notifications_pending_recipient_idx;
CREATE INDEX notifications_pending_recipient_idx ON notifications (lower(recipient), seq)
    WHERE status = 'PENDING' AND recipient IS NOT NULL;
CREATE INDEX notifications_sent_recipient_idx ON notifications (lower(recipient), type, sent_at) WHERE status = 'SENT';
