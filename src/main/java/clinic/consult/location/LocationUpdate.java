package clinic.consult.location;

import clinic.consult.contact.DeliverableEmail;
import clinic.consult.contact.ValidPhone;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The full, editable state of a location (PUT replaces it). */
@Schema(
        name = "LocationUpdate",
        example =
                """
                {"name":"Tustin","address":{"line1":null,"line2":null,"city":"Tustin","state":"CA",\
                "postalCode":"92780"},"phone":null,"email":"tustin-leads@example.org",\
                "timeZone":"America/Los_Angeles","latitude":33.736809,"longitude":-117.819678}""")
public record LocationUpdate(
        @Schema(required = true, example = "Tustin") @NotBlank @Size(max = 100) String name,
        @Schema(required = true) @NotNull @Valid Address address,
        @Schema(nullable = true, description = "Any common format; stored as E.164", example = "(949) 503-1414")
                @ValidPhone
                String phone,
        @Schema(nullable = true, description = "The location's inbox for new leads") @DeliverableEmail @Size(max = 254)
                String email,
        @Schema(required = true, example = "America/Los_Angeles") @NotBlank @ValidTimeZone String timeZone,
        @Schema(nullable = true, description = "Given together with longitude") @DecimalMin("-90") @DecimalMax("90")
                Double latitude,
        @Schema(nullable = true, description = "Given together with latitude") @DecimalMin("-180") @DecimalMax("180")
                Double longitude) {}
