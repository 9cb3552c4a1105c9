package clinic.consult.waitlist;

import clinic.consult.lead.LeadProgress;
import clinic.consult.lead.LeadTokens;
import clinic.consult.problem.InvalidFieldsException;
import clinic.consult.problem.NotFoundException;
import clinic.consult.security.Staff;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * Who may do what with waitlist entries, in one place. The person reaches their own entry with its token; staff reach
 * the entries of their locations. Anything else is the 404 of an entry that does not exist.
 */
@ApplicationScoped
class WaitlistAccess {

    /** Who is asking: the holder of an entry's token, a staff member, or neither. */
    record Caller(Optional<String> token, Optional<Staff> staff) {

        String actor() {
            return staff.map(Staff::subject).orElse("public-waitlist");
        }
    }

    private final WaitlistRepository entries;
    private final WaitlistLinks links;
    private final LeadTokens leadTokens;
    private final LeadProgress leads;

    WaitlistAccess(WaitlistRepository entries, WaitlistLinks links, LeadTokens leadTokens, LeadProgress leads) {
        this.entries = entries;
        this.links = links;
        this.leadTokens = leadTokens;
        this.leads = leads;
    }

    /** The lead joining: the one its lead token names, or for staff of its location, the one named by id. */
    UUID leadFor(WaitlistRequest request, Caller caller) {
        if ((request.leadToken() == null) == (request.leadId() == null)) {
            throw new InvalidFieldsException("leadToken", "give exactly one of leadToken or leadId (staff)");
        }
        if (request.leadToken() != null) {
            return leadTokens
                    .verify(request.leadToken())
                    .filter(lead -> leads.locationOf(lead).isPresent())
                    .orElseThrow(() -> new InvalidFieldsException("leadToken", "is invalid or has expired"));
        }
        var staff = caller.staff().orElseThrow(ForbiddenException::new);
        var location = leads.locationOf(request.leadId());
        if (location.isEmpty() || !staff.mayWorkAt(location.get())) {
            throw new NotFoundException("Lead", request.leadId());
        }
        return request.leadId();
    }

    /** The entry, locked when it is to change, if the caller may reach it. */
    WaitlistEntry entry(UUID id, Caller caller, boolean toChange) {
        if (caller.token().isEmpty() && caller.staff().isEmpty()) {
            throw new WaitlistTokenRequiredException();
        }
        var entry = (toChange ? entries.lock(id) : entries.findByIdOptional(id))
                .orElseThrow(() -> new NotFoundException("Waitlist entry", id));
        var allowed = caller.staff().isPresent()
                ? caller.staff().get().mayWorkAt(entry.locationId)
                : links.matches(id, caller.token().get());
        if (!allowed) {
            throw new NotFoundException("Waitlist entry", id);
        }
        return entry;
    }
}
