package clinic.consult.location;

/** A location as callers see it. Unknown facts are null, never invented. */
public record LocationView(
        String id,
        String name,
        Address address,
        String phone,
        String email,
        String timeZone,
        Double latitude,
        Double longitude) {

    static LocationView of(Location location) {
        return new LocationView(
                location.id,
                location.name,
                new Address(
                        location.addressLine1,
                        location.addressLine2,
                        location.city,
                        location.state,
                        location.postalCode),
                location.phone,
                location.email,
                location.timeZone,
                location.latitude,
                location.longitude);
    }
}
