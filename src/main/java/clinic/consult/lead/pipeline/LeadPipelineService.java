package clinic.consult.lead.pipeline;

import clinic.consult.audit.AuditAction;
import clinic.consult.audit.AuditService;
import clinic.consult.http.Versioned;
import clinic.consult.lead.IllegalStatusTransitionException;
import clinic.consult.lead.Lead;
import clinic.consult.lead.LeadEvent;
import clinic.consult.lead.LeadEventRepository;
import clinic.consult.lead.LeadRepository;
import clinic.consult.location.LocationService;
import clinic.consult.notification.NotificationService;
import clinic.consult.notification.NotificationView;
import clinic.consult.problem.InvalidFieldsException;
import clinic.consult.problem.PreconditionFailedException;
import clinic.consult.routing.RoutingReason;
import clinic.consult.security.Staff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The front desk's work on leads: search, read, status changes, reassignment and notes ({@link LeadErasure} erases,
 * {@link LeadDuplicates} merges and splits). Every read of
 * details and every write is audited in the same transaction. A token limited to some locations finds no lead of
 * the others: they answer 404, as if they did not exist.
 */
@ApplicationScoped
public class LeadPipelineService {

    private static final Logger LOG = Logger.getLogger(LeadPipelineService.class);

    private final LeadRepository leads;
    private final LeadEventRepository events;
    private final LeadAccess access;
    private final LocationService locations;
    private final NotificationService notifications;
    private final AuditService audit;
    private final Clock clock;

    LeadPipelineService(
            LeadRepository leads,
            LeadEventRepository events,
            LeadAccess access,
            LocationService locations,
            NotificationService notifications,
            AuditService audit,
            Clock clock) {
        this.leads = leads;
        this.events = events;
        this.access = access;
        this.locations = locations;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** Seeing a lead in a list shows who they are, so each listed lead gets an audit line. */
    @Transactional
    public LeadPage search(LeadSearch search, Staff staff) {
        var query = search.run(leads, staff.locations()).page(search.page(), search.size());
        var page = query.list();
        audit.recordEach(
                staff,
                AuditAction.LEAD_LISTED,
                page.stream().map(lead -> lead.id).toList());
        return new LeadPage(page.stream().map(LeadSummary::of).toList(), search.page(), search.size(), query.count());
    }

    @Transactional
    public Versioned<LeadDetails> get(UUID id, Staff staff) {
        var lead = access.find(id, staff);
        audit.record(staff, AuditAction.LEAD_VIEWED, id, null);
        return access.details(lead);
    }

    /** The emails sent or to be sent about a lead: what, to whom, how delivery went (audited: recipients). */
    @Transactional
    public List<NotificationView> notifications(UUID id, Staff staff) {
        access.find(id, staff);
        audit.record(staff, AuditAction.NOTIFICATIONS_VIEWED, id, null);
        return notifications.ofLead(id);
    }

    @Transactional
    public Versioned<LeadDetails> update(UUID id, LeadPatch patch, long expectedVersion, Staff staff) {
        var lead = access.findToChange(id, staff);
        if (lead.version != expectedVersion) {
            throw new PreconditionFailedException("Lead '" + id + "'");
        }
        var note = blankToNull(patch.note());
        if (patch.status() == null && patch.locationId() == null && note == null) {
            throw new InvalidFieldsException("status", "give a status, a locationId or a note");
        }
        if (patch.locationId() != null && !locations.exists(patch.locationId())) {
            throw new InvalidFieldsException(List.of(locations.notALocation("locationId")));
        }
        var now = clock.instant();
        boolean changed = false;
        if (patch.status() != null && patch.status() != lead.status) {
            if (!lead.status.canMoveTo(patch.status())) {
                throw new IllegalStatusTransitionException(lead.status, patch.status());
            }
            var event = LeadEvent.of(lead.id, LeadEvent.Type.STATUS_CHANGED, staff.subject(), now);
            event.fromStatus = lead.status;
            event.toStatus = patch.status();
            event.note = note;
            note = null;
            events.append(lead, event);
            audit.record(staff, AuditAction.LEAD_STATUS_CHANGED, id, lead.status + "->" + patch.status());
            LOG.infof("Lead %s moved from %s to %s", id, lead.status, patch.status());
            lead.moveTo(patch.status(), now);
            changed = true;
        }
        if (patch.locationId() != null && !patch.locationId().equals(lead.locationId)) {
            var event = LeadEvent.of(lead.id, LeadEvent.Type.REASSIGNED, staff.subject(), now);
            event.locationId = patch.locationId();
            event.note = note;
            note = null;
            events.append(lead, event);
            audit.record(staff, AuditAction.LEAD_REASSIGNED, id, lead.locationId + "->" + patch.locationId());
            LOG.infof("Lead %s reassigned from %s to %s", id, lead.locationId, patch.locationId());
            lead.locationId = patch.locationId();
            lead.routingReason = RoutingReason.STAFF_REASSIGNED;
            lead.routingDistanceMiles = null;
            lead.updatedAt = now;
            changed = true;
        }
        if (note != null) {
            // a note with no change to carry it (or with a status the lead already has) is a note of its own
            note(lead, note, staff, now);
            changed = true;
        }
        if (changed) {
            leads.flush();
        }
        return access.details(lead);
    }

    @Transactional
    public LeadDetails.TimelineEntry addNote(UUID id, String text, Staff staff) {
        var lead = access.findToChange(id, staff);
        var event = note(lead, text.strip(), staff, clock.instant());
        events.flush();
        return LeadDetails.TimelineEntry.of(event);
    }

    private LeadEvent note(Lead lead, String text, Staff staff, Instant now) {
        var event = LeadEvent.of(lead.id, LeadEvent.Type.NOTE, staff.subject(), now);
        event.note = text;
        events.append(lead, event);
        // a note changes what a read shows, so it is a new version of the lead
        lead.updatedAt = now;
        audit.record(staff, AuditAction.LEAD_NOTE_ADDED, lead.id, null);
        return event;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
