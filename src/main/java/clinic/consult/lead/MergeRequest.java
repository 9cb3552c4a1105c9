package clinic.consult.lead;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A staff member's decision that a submission is the same person as a lead, and what of it the lead takes over. */
@Schema(
        name = "MergeRequest",
        example = "{\"into\":\"0b8f5d2e-7c1a-4d59-9a57-3f0e6f1c2b4a\",\"take\":[\"CONDITIONS\"]}")
public record MergeRequest(
        @Schema(required = true, description = "The person's lead, usually the submission's possibleDuplicateOf")
                @NotNull
                UUID into,
        @Schema(
                        description =
                                "What the lead takes from the submission; nothing by default (the submission's"
                                        + " consent, attribution and message stay on the submission, which keeps its own record)")
                @Size(max = 6)
                Set<@NotNull Field> take) {

    /** Parts of a submission that a merge may carry over to the lead. */
    @Schema(name = "MergeField")
    public enum Field {
        /** First and last name replace the lead's. */
        NAME,
        /** Email and phone replace the lead's. */
        CONTACT,
        /** ZIP code and coordinates replace the lead's. */
        PLACE,
        /** The submission's conditions are added to the lead's. */
        CONDITIONS,
        /** Preferred location, consultation mode and contact channel, where the submission gives them. */
        PREFERENCES,
        /** The submission's message goes on the lead's timeline as a note. */
        MESSAGE
    }
}
