-- Webhook subscriptions of the clinic's other systems (CRM, EHR, ads, warehouse). A subscription names the event
-- types it wants and, optionally, the locations; contact details go only to one that opted in (audited).
CREATE TABLE webhook_subscriptions (
    id                   uuid          PRIMARY KEY,
    url                  varchar(2000) NOT NULL,
    description          varchar(200),
    event_types          varchar(40)[] NOT NULL,
    location_ids         varchar(64)[],
    include_contact      boolean       NOT NULL DEFAULT false,
    enabled              boolean       NOT NULL,
    disabled_reason      varchar(200),
    consecutive_failures integer       NOT NULL DEFAULT 0,
    created_at           timestamptz   NOT NULL,
    updated_at           timestamptz   NOT NULL,
    version              bigint        NOT NULL DEFAULT 0
);

-- Signing secrets (whsec_...): the current one has no end; after a rotation the previous one signs beside it until
-- its end, then it is dropped.
CREATE TABLE webhook_secrets (
    id              uuid         PRIMARY KEY,
    subscription_id uuid         NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    secret          varchar(100) NOT NULL,
    created_at      timestamptz  NOT NULL,
    ends_at         timestamptz
);
CREATE INDEX webhook_secrets_subscription_idx ON webhook_secrets (subscription_id);

-- What happened, written in the transaction of the change: ids, statuses, locations, times and attribution only.
CREATE TABLE webhook_events (
    id          uuid        PRIMARY KEY,
    seq         bigserial,
    type        varchar(40) NOT NULL,
    occurred_at timestamptz NOT NULL,
    lead_id     uuid,
    location_id varchar(64),
    data        text        NOT NULL
);
CREATE INDEX webhook_events_time_idx ON webhook_events (occurred_at);

-- One event to one subscription: the webhook outbox. Deliveries of one lead to one subscription go in the order they
-- were written; a replay writes new deliveries of the same events (same webhook-id, so receivers de-duplicate).
CREATE TABLE webhook_deliveries (
    id              uuid         PRIMARY KEY,
    seq             bigserial,
    event_id        uuid         NOT NULL REFERENCES webhook_events (id) ON DELETE CASCADE,
    subscription_id uuid         NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    lead_id         uuid,
    status          varchar(20)  NOT NULL,
    attempts        integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL,
    last_attempt_at timestamptz,
    claim_token     uuid,
    last_status     integer,
    last_latency_ms integer,
    last_error      varchar(200),
    delivered_at    timestamptz,
    created_at      timestamptz  NOT NULL
);
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at, seq) WHERE status = 'PENDING';
CREATE INDEX webhook_deliveries_lead_idx ON webhook_deliveries (subscription_id, lead_id, seq)
    WHERE status = 'PENDING' AND lead_id IS NOT NULL;
CREATE INDEX webhook_deliveries_subscription_idx ON webhook_deliveries (subscription_id, created_at DESC, seq DESC);

-- The clinic inbox hears of a subscription disabled after a run of failures.
ALTER TABLE notifications DROP CONSTRAINT notifications_type_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_type_check CHECK (type IN ('LEAD_RECEIVED', 'NEW_LEAD',
    'APPOINTMENT_CONFIRMED', 'APPOINTMENT_RESCHEDULED', 'APPOINTMENT_CANCELLED', 'APPOINTMENT_REMINDER',
    'REFERRAL_INVITATION', 'WEBHOOK_DISABLED'));
