package clinic.consult.support;

import java.sql.SQLException;
import javax.sql.DataSource;

/** Puts seeded reference data back after a test that changed it, so tests never depend on each other's leftovers. */
public final class Seed {

    private Seed() {}

    public static void restoreLocations(DataSource dataSource) {
        execute(
                dataSource,
                """
                INSERT INTO locations (id, name, address_line1, address_line2, city, state, postal_code, phone, email,
                                       time_zone, latitude, longitude)
                VALUES ('tustin', 'Tustin', NULL, NULL, 'Tustin', 'CA', '92780', NULL, NULL,
                        'America/Los_Angeles', 33.736809, -117.819678),
                       ('san-juan-capistrano', 'San Juan Capistrano', '30230 Rancho Viejo Road', 'Ste. 134',
                        'San Juan Capistrano', 'CA', '92675', '+19495031414', NULL,
                        'America/Los_Angeles', 33.499774, -117.653704),
                       ('seal-beach', 'Seal Beach', NULL, NULL, 'Seal Beach', 'CA', '90740', NULL, NULL,
                        'America/Los_Angeles', 33.754334, -118.073267)
                ON CONFLICT (id) DO UPDATE SET
                    name = excluded.name, address_line1 = excluded.address_line1,
                    address_line2 = excluded.address_line2, city = excluded.city, state = excluded.state,
                    postal_code = excluded.postal_code, phone = excluded.phone, email = excluded.email,
                    time_zone = excluded.time_zone, latitude = excluded.latitude, longitude = excluded.longitude,
                    version = locations.version + 1
                """);
    }

    /** Puts back the schedules and hours of the V5 migration and removes closures, holds and appointments. */
    public static void restoreSchedules(DataSource dataSource) {
        execute(
                dataSource,
                """
                DELETE FROM closures;
                DELETE FROM waitlist_entries;
                DELETE FROM holds;
                DELETE FROM notifications WHERE appointment_id IS NOT NULL;
                DELETE FROM appointments;
                DELETE FROM treatment_series;
                UPDATE schedules s SET
                    slot_minutes = t.duration_minutes,
                    step_minutes = CASE t.mode WHEN 'IN_PERSON' THEN 15 ELSE 30 END,
                    buffer_minutes = CASE t.mode WHEN 'IN_PERSON' THEN 15 ELSE 10 END,
                    capacity = CASE t.mode WHEN 'IN_PERSON' THEN 1 ELSE 2 END,
                    min_notice_minutes = 120, horizon_days = 60, version = s.version + 1
                FROM appointment_types t WHERE t.id = s.appointment_type_id AND t.kind = 'CONSULTATION';
                UPDATE schedules s SET slot_minutes = 60, step_minutes = 30, buffer_minutes = 15, capacity = 4,
                    min_notice_minutes = 1440, horizon_days = 90, version = s.version + 1
                WHERE s.appointment_type_id = 'ketamine-infusion';
                UPDATE series_plans SET infusions = 5, min_span_days = 10, max_span_days = 14, min_days_apart = 1,
                    weekdays = '', version = version + 1 WHERE id = 'ketamine-induction';
                UPDATE series_plans SET infusions = 1, min_span_days = 1, max_span_days = 1, min_days_apart = 1,
                    weekdays = '', version = version + 1 WHERE id = 'ketamine-booster';
                DELETE FROM schedule_hours;
                INSERT INTO schedule_hours (schedule_id, day_of_week, start_time, end_time)
                SELECT s.id, d.day, h.start_time, h.end_time
                FROM schedules s
                JOIN appointment_types t ON t.id = s.appointment_type_id
                CROSS JOIN (VALUES ('MONDAY'), ('TUESDAY'), ('WEDNESDAY'), ('THURSDAY'), ('FRIDAY')) AS d (day)
                JOIN (VALUES ('IN_PERSON', time '09:00', time '12:00'),
                             ('IN_PERSON', time '13:00', time '17:00'),
                             ('VIRTUAL', time '08:00', time '18:00')) AS h (mode, start_time, end_time)
                    ON h.mode = t.mode
                WHERE t.kind = 'CONSULTATION'
                UNION ALL
                SELECT s.id, 'SATURDAY', time '09:00', time '13:00'
                FROM schedules s
                JOIN appointment_types t ON t.id = s.appointment_type_id AND t.mode = 'VIRTUAL'
                UNION ALL
                SELECT s.id, d.day, d.start_time, d.end_time
                FROM schedules s
                CROSS JOIN (VALUES ('MONDAY', time '08:00', time '17:00'), ('TUESDAY', time '08:00', time '17:00'),
                                   ('WEDNESDAY', time '08:00', time '17:00'), ('THURSDAY', time '08:00', time '17:00'),
                                   ('FRIDAY', time '08:00', time '17:00'), ('SATURDAY', time '09:00', time '13:00'))
                    AS d (day, start_time, end_time)
                WHERE s.appointment_type_id = 'ketamine-infusion';
                """);
    }

    public static void execute(DataSource dataSource, String sql) {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
