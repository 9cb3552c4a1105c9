package clinic.consult.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

/** The management interface (health, metrics), on its own port: where probes and the scraper call. */
public final class Management {

    private Management() {}

    public static int port() {
        return ConfigProvider.getConfig()
                .getOptionalValue("quarkus.management.test-port", Integer.class)
                .orElse(9001);
    }

    /** A request to the management port, outside the API's contract. */
    public static RequestSpecification request() {
        return given().noFilters().port(port());
    }
}
