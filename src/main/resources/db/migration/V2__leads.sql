-- Consultation requests (leads). Personal data columns are nullable: erasure and retention scrub them and keep the
-- row (status, location, routing, timestamps) so that counts and the audit trail stay whole.
CREATE TABLE leads (
    id                      uuid PRIMARY KEY,
    status                  varchar(20)  NOT NULL,
    first_name              varchar(100),
    last_name               varchar(100),
    email                   varchar(254),
    email_normalized        varchar(254),
    phone                   varchar(20),
    zip_code                varchar(10),
    latitude                double precision,
    longitude               double precision,
    preferred_location_id   varchar(64) REFERENCES locations (id),
    consultation_mode       varchar(20),
    conditions              varchar(300),
    preferred_contact       varchar(10),
    message                 varchar(2000),
    consent_contact         boolean,
    consent_sms             boolean,
    privacy_notice_version  varchar(40),
    consent_at              timestamptz,
    consent_ip              varchar(64),
    consent_user_agent      varchar(512),
    source_channel          varchar(20),
    source_page_url         varchar(2000),
    source_referrer         varchar(2000),
    utm_source              varchar(200),
    utm_medium              varchar(200),
    utm_campaign            varchar(200),
    utm_term                varchar(200),
    utm_content             varchar(200),
    referral_code           varchar(40),
    location_id             varchar(64)  NOT NULL REFERENCES locations (id),
    routing_reason          varchar(30)  NOT NULL,
    routing_distance_miles  double precision,
    created_at              timestamptz  NOT NULL,
    updated_at              timestamptz  NOT NULL,
    closed_at               timestamptz,
    erased_at               timestamptz,
    version                 bigint       NOT NULL DEFAULT 0
);

CREATE INDEX leads_created_at_idx ON leads (created_at DESC);
CREATE INDEX leads_location_created_idx ON leads (location_id, created_at DESC);
CREATE INDEX leads_status_idx ON leads (status);
-- duplicate detection looks only at open leads
CREATE INDEX leads_open_email_idx ON leads (email_normalized)
    WHERE status IN ('NEW', 'CONTACTED', 'CONSULT_BOOKED', 'CONSULTED', 'NO_SHOW');
CREATE INDEX leads_open_phone_idx ON leads (phone)
    WHERE status IN ('NEW', 'CONTACTED', 'CONSULT_BOOKED', 'CONSULTED', 'NO_SHOW');
CREATE INDEX leads_closed_at_idx ON leads (closed_at) WHERE erased_at IS NULL;

-- The lead's timeline: what happened, who did it, when.
CREATE TABLE lead_events (
    id          bigserial PRIMARY KEY,
    lead_id     uuid         NOT NULL REFERENCES leads (id),
    type        varchar(30)  NOT NULL,
    actor       varchar(200) NOT NULL,
    at          timestamptz  NOT NULL,
    from_status varchar(20),
    to_status   varchar(20),
    location_id varchar(64),
    note        varchar(4000)
);
CREATE INDEX lead_events_lead_idx ON lead_events (lead_id, at);

-- Who read or changed which lead, when, from where. Never scrubbed.
CREATE TABLE audit_log (
    id         bigserial PRIMARY KEY,
    at         timestamptz  NOT NULL,
    subject    varchar(200) NOT NULL,
    action     varchar(40)  NOT NULL,
    lead_id    uuid,
    client_ip  varchar(64)
);
CREATE INDEX audit_log_lead_idx ON audit_log (lead_id, at);

-- Replays of public POSTs that carried an Idempotency-Key (kept 24 hours).
CREATE TABLE idempotency_keys (
    scope           varchar(60)  NOT NULL,
    idempotency_key varchar(200) NOT NULL,
    request_hash    varchar(64)  NOT NULL,
    response_status int,
    response_body   text,
    response_location varchar(500),
    created_at      timestamptz  NOT NULL,
    PRIMARY KEY (scope, idempotency_key)
);
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
