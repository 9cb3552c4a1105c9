-- A subscription whose receiver stalls (no answer in time, no connection) is paused, longer after each further stall,
-- so that its deliveries do not hold the worker's slots that every other subscription's deliveries need.
ALTER TABLE webhook_subscriptions ADD COLUMN paused_until timestamptz;
