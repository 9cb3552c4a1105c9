-- The audit trail gets a short, personal-data-free detail (e.g. "NEW->CONTACTED") and indexes for the admin view.
ALTER TABLE audit_log ADD COLUMN detail varchar(200);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC, id DESC);
CREATE INDEX audit_log_subject_idx ON audit_log (subject, at DESC);

-- "Invite a friend / relative / patient". The invitee's address is used for one invitation only; personal fields
-- are nullable because retention scrubs them.
CREATE TABLE referrals (
    id                       uuid PRIMARY KEY,
    code                     varchar(40)  NOT NULL UNIQUE,
    relationship             varchar(30)  NOT NULL,
    referrer_name            varchar(200),
    referrer_email           varchar(254),
    invitee_first_name       varchar(100),
    invitee_email            varchar(254),
    invitee_email_normalized varchar(254),
    note                     varchar(1000),
    -- PENDING: the invitation is to be sent; NOT_SENT: the invitee was already invited within 30 days
    invitation               varchar(20)  NOT NULL,
    created_at               timestamptz  NOT NULL,
    erased_at                timestamptz
);
CREATE INDEX referrals_invitee_idx ON referrals (invitee_email_normalized, created_at DESC);
CREATE INDEX referrals_created_idx ON referrals (created_at) WHERE erased_at IS NULL;

ALTER TABLE leads ADD COLUMN referral_id uuid REFERENCES referrals (id);
CREATE INDEX leads_referral_idx ON leads (referral_id) WHERE referral_id IS NOT NULL;
CREATE INDEX leads_updated_at_idx ON leads (updated_at DESC);
