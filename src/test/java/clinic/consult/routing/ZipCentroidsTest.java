package clinic.consult.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ZipCentroidsTest {

    private final ZipCentroids centroids = new ZipCentroids();

    @Test
    void shouldFindTheCentroidOfAZipAndOfAZipPlusFour() {
        assertThat(centroids.of("92675")).contains(new GeoPoint(33.499774, -117.653704));
        assertThat(centroids.of("92675-1234")).contains(new GeoPoint(33.499774, -117.653704));
    }

    @Test
    void shouldKnowNothingOfAZipThatIsNotAZcta() {
        assertThat(centroids.of("00000")).isEmpty();
        assertThat(centroids.of(null)).isEmpty();
    }
}
