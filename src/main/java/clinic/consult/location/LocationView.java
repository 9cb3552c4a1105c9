package clinic.consult.location;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A location as callers see it. Unknown facts are null, never invented. */
@Schema(
        name = "Location",
        example =
                """
                {"id":"san-juan-capistrano","name":"San Juan Capistrano",\
                "address":{"line1":"30230 Rancho Viejo Road","line2":"Ste. 134","city":"San Juan Capistrano",\
                "state":"CA","postalCode":"92675"},"phone":"+19495031414","email":null,\
                "timeZone":"America/Los_Angeles","latitude":33.499774,"longitude":-117.653704}""")
public record LocationView(
        @Schema(required = true, description = "Stable slug", example = "san-juan-capistrano") String id,
        @Schema(required = true, example = "San Juan Capistrano") String name,
        @Schema(required = true) Address address,
        @Schema(nullable = true, description = "E.164", example = "+19495031414") String phone,
        @Schema(nullable = true, description = "The location's inbox for new leads") String email,
        @Schema(required = true, example = "America/Los_Angeles") String timeZone,
        @Schema(nullable = true, example = "33.499774") Double latitude,
        @Schema(nullable = true, example = "-117.653704") Double longitude) {

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
