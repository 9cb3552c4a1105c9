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

    public static void execute(DataSource dataSource, String sql) {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
