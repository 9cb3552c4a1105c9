package clinic.consult.location;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A US postal address. Parts that are not known are null. */
public record Address(
        @Size(max = 200) String line1,
        @Size(max = 200) String line2,
        @Size(max = 100) String city,
        @Pattern(regexp = "[A-Z]{2}", message = "{clinic.consult.state}") String state,
        @Pattern(regexp = "\\d{5}(-\\d{4})?", message = "{clinic.consult.zipCode}") String postalCode) {}
