package clinic.consult.lead.pipeline;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;

/** A staff member's decision that a submission is the same person as a lead, and what of it the lead takes over. */
public record MergeRequest(@NotNull UUID into, @Size(max = 6) Set<@NotNull Field> take) {

    /** Parts of a submission that a merge may carry over to the lead. */
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
