package clinic.consult.lead.pipeline;

import clinic.consult.audit.AuditAction;
import clinic.consult.audit.AuditService;
import clinic.consult.notification.TextOptOuts;
import clinic.consult.notification.text.TextConsentEvent;
import clinic.consult.security.Staff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * An opt-out from texts that reached staff by phone or email ("any reasonable means"): recorded on the number's
 * consent history under the staff member's name, audited, and from then on the person's messages go by email.
 */
@ApplicationScoped
class LeadTexts {

    private final LeadAccess access;
    private final TextOptOuts optOuts;
    private final AuditService audit;

    LeadTexts(LeadAccess access, TextOptOuts optOuts, AuditService audit) {
        this.access = access;
        this.optOuts = optOuts;
        this.audit = audit;
    }

    @Transactional
    void optOut(UUID leadId, Staff staff) {
        var lead = access.findToChange(leadId, staff);
        if (lead.phone != null) {
            optOuts.optOut(lead.phone, TextConsentEvent.Source.STAFF, staff.subject(), staff.subject());
        }
        audit.record(staff, AuditAction.TEXTS_OPTED_OUT, leadId, "opt-out from texts taken by staff");
    }
}
