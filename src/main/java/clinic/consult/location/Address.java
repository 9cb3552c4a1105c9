package clinic.consult.location;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A US postal address. Parts that are not known are null. */
@Schema(name = "Address")
public record Address(
        @Schema(example = "30230 Rancho Viejo Road", nullable = true) @Size(max = 200) String line1,
        @Schema(example = "Ste. 134", nullable = true) @Size(max = 200) String line2,
        @Schema(example = "San Juan Capistrano", nullable = true) @Size(max = 100) String city,
        @Schema(example = "CA", nullable = true, description = "Two-letter US state code")
                @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter state code such as CA")
                String state,
        @Schema(example = "92675", nullable = true, description = "ZIP or ZIP+4")
                @Pattern(regexp = "\\d{5}(-\\d{4})?", message = "must be a ZIP code: 5 digits or ZIP+4")
                String postalCode) {}
