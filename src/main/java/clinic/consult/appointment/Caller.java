package clinic.consult.appointment;

import clinic.consult.security.Staff;
import java.util.Optional;

/** Who is asking: the holder of an appointment's manage token, a staff member, or both unknown. */
public record Caller(Optional<String> manageToken, Optional<Staff> staff) {

    static final String PUBLIC_ACTOR = "public-booking";

    /** Who the timeline and the events name. */
    String actor() {
        return staff.map(Staff::subject).orElse(PUBLIC_ACTOR);
    }
}
