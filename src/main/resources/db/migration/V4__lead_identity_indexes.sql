-- The duplicate check looks a person up by normalised email or phone among open leads. Partial indexes (status IN
-- the open set) cannot serve a prepared statement once PostgreSQL switches to a generic plan, whose status list is
-- a parameter: every intake then scanned the whole table. Plain indexes serve every plan; a person has few leads.
DROP INDEX leads_open_email_idx;
DROP INDEX leads_open_phone_idx;
CREATE INDEX leads_email_normalized_idx ON leads (email_normalized);
CREATE INDEX leads_phone_idx ON leads (phone);

-- Every intake writes every index of leads. Keep the ones a query needs at clinic scale: created_at (the staff list's
-- order and the 7-day routing count), email and phone (duplicates), closed_at for retention (closed, unscrubbed
-- leads only) and the referral link. Status, location and updated_at filters run over the created_at order.
DROP INDEX leads_status_idx;
DROP INDEX leads_location_created_idx;
DROP INDEX leads_updated_at_idx;
DROP INDEX leads_closed_at_idx;
CREATE INDEX leads_retention_idx ON leads (closed_at) WHERE closed_at IS NOT NULL AND erased_at IS NULL;
