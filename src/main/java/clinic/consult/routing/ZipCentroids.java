package clinic.consult.routing;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** US ZIP centroids (Census 2021 ZCTA Gazetteer, see resources/routing/README.md), held in memory. */
@ApplicationScoped
public class ZipCentroids {

    static final String RESOURCE = "/routing/us-zcta-centroids.csv";

    private final Map<String, GeoPoint> centroids;

    ZipCentroids() {
        this.centroids = load();
    }

    /** The centroid of a 5-digit ZIP or ZIP+4; empty when the ZIP is not a ZCTA. */
    public Optional<GeoPoint> of(String zip) {
        if (zip == null || zip.length() < 5) {
            return Optional.empty();
        }
        return Optional.ofNullable(centroids.get(zip.substring(0, 5)));
    }

    private static Map<String, GeoPoint> load() {
        var stream = ZipCentroids.class.getResourceAsStream(RESOURCE);
        if (stream == null) {
            throw new IllegalStateException("Missing " + RESOURCE);
        }
        var points = new HashMap<String, GeoPoint>(40_000);
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.US_ASCII))) {
            reader.readLine(); // header: zip,latitude,longitude
            for (var line = reader.readLine(); line != null; line = reader.readLine()) {
                var fields = line.split(",");
                points.put(fields[0], new GeoPoint(Double.parseDouble(fields[1]), Double.parseDouble(fields[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(points);
    }
}
