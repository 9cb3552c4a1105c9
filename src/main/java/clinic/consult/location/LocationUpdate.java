package clinic.consult.location;

import clinic.consult.contact.DeliverableEmail;
import clinic.consult.contact.ValidPhone;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The full, editable state of a location (PUT replaces it). */
public record LocationUpdate(
        @NotBlank @Size(max = 100) String name,
        @NotNull @Valid Address address,
        @ValidPhone String phone,
        @DeliverableEmail @Size(max = 254) String email,
        @NotBlank @ValidTimeZone String timeZone,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude) {}
