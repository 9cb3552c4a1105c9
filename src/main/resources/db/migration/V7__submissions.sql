-- A returning person's submission is a lead of its own, linked to their open lead as a possible duplicate until staff
-- merge it in or split the two. Nothing sent anonymously changes a lead that is already stored.
ALTER TABLE leads ADD COLUMN possible_duplicate_of uuid REFERENCES leads (id);
ALTER TABLE leads ADD COLUMN merged_into uuid REFERENCES leads (id);
CREATE INDEX leads_possible_duplicate_idx ON leads (possible_duplicate_of) WHERE possible_duplicate_of IS NOT NULL;
CREATE INDEX leads_merged_into_idx ON leads (merged_into) WHERE merged_into IS NOT NULL;

-- The consent given with a submission is a record, kept as given: no statement may change it. Erasure and retention
-- may only remove the address and browser it was given from.
CREATE FUNCTION leads_consent_as_given() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.consent_contact IS DISTINCT FROM OLD.consent_contact
        OR NEW.consent_sms IS DISTINCT FROM OLD.consent_sms
        OR NEW.privacy_notice_version IS DISTINCT FROM OLD.privacy_notice_version
        OR NEW.consent_at IS DISTINCT FROM OLD.consent_at
        OR (NEW.consent_ip IS DISTINCT FROM OLD.consent_ip AND NEW.consent_ip IS NOT NULL)
        OR (NEW.consent_user_agent IS DISTINCT FROM OLD.consent_user_agent AND NEW.consent_user_agent IS NOT NULL)
    THEN
        RAISE EXCEPTION 'the consent record of lead % is append-only', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER leads_consent_as_given BEFORE UPDATE ON leads
    FOR EACH ROW EXECUTE FUNCTION leads_consent_as_given();
