-- A booster is a one-infusion plan for a lead whose series is completed.
ALTER TABLE series_plans ADD COLUMN after_series boolean NOT NULL DEFAULT false;

INSERT INTO series_plans (id, appointment_type_id, name, infusions, min_span_days, max_span_days, min_days_apart,
                          after_series, updated_at)
VALUES ('ketamine-booster', 'ketamine-infusion', 'Ketamine booster', 1, 1, 1, 1, true, now());
