package clinic.consult.lead.pipeline;

import clinic.consult.audit.AuditAction;
import clinic.consult.audit.AuditService;
import clinic.consult.http.Versioned;
import clinic.consult.lead.Condition;
import clinic.consult.lead.Lead;
import clinic.consult.lead.LeadErasedException;
import clinic.consult.lead.LeadEvent;
import clinic.consult.lead.LeadEventRepository;
import clinic.consult.lead.LeadMerged;
import clinic.consult.lead.LeadRepository;
import clinic.consult.lead.LeadStatus;
import clinic.consult.problem.InvalidFieldsException;
import clinic.consult.problem.PreconditionFailedException;
import clinic.consult.security.Staff;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * A person's second submission and their lead, as staff resolve them: merge (the same person; staff choose what the
 * lead takes over) or split (someone else, or someone using their details). Only a staff member moves data from one
 * to the other, each step audited on both and written on both timelines.
 */
@ApplicationScoped
public class LeadDuplicates {

    private static final Logger LOG = Logger.getLogger(LeadDuplicates.class);

    private final LeadRepository leads;
    private final LeadEventRepository events;
    private final LeadAccess access;
    private final AuditService audit;
    private final Event<LeadMerged> merged;
    private final MeterRegistry metrics;
    private final Clock clock;

    LeadDuplicates(
            LeadRepository leads,
            LeadEventRepository events,
            LeadAccess access,
            AuditService audit,
            Event<LeadMerged> merged,
            MeterRegistry metrics,
            Clock clock) {
        this.leads = leads;
        this.events = events;
        this.access = access;
        this.audit = audit;
        this.merged = merged;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Merges the submission into the lead: the submission becomes MERGED and points at the lead, the lead takes what
     * staff chose, the submission's appointments move to the lead. Returns the lead.
     */
    @Transactional
    public Versioned<LeadDetails> merge(UUID submissionId, MergeRequest request, long expectedVersion, Staff staff) {
        if (request.into().equals(submissionId)) {
            throw new InvalidFieldsException("into", "must be another lead than the submission");
        }
        var submission = access.findToChange(submissionId, staff);
        if (submission.version != expectedVersion) {
            throw new PreconditionFailedException("Lead '" + submissionId + "'");
        }
        if (submission.status == LeadStatus.MERGED) {
            throw new SubmissionNotLinkableException(
                    "Lead '" + submissionId + "' is already merged into lead '" + submission.mergedInto + "'");
        }
        var lead = access.visible(request.into(), staff, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new InvalidFieldsException("into", "is not a lead you can see"));
        if (lead.isErased()) {
            throw new LeadErasedException(lead.id);
        }
        if (lead.status == LeadStatus.MERGED) {
            throw new SubmissionNotLinkableException(
                    "Lead '" + lead.id + "' is itself merged into lead '" + lead.mergedInto + "': merge into that one");
        }
        var take = EnumSet.noneOf(MergeRequest.Field.class);
        if (request.take() != null) {
            take.addAll(request.take());
        }
        var now = clock.instant();
        takeOver(lead, submission, take, staff, now);

        var taken = take.isEmpty()
                ? "nothing taken over"
                : "took " + take.stream().map(Enum::name).collect(Collectors.joining(", "));
        var into = LeadEvent.of(submission.id, LeadEvent.Type.MERGED_INTO, staff.subject(), now);
        into.fromStatus = submission.status;
        into.toStatus = LeadStatus.MERGED;
        into.note = "Merged into lead " + lead.id;
        events.append(submission, into);
        submission.moveTo(LeadStatus.MERGED, now);
        submission.mergedInto = lead.id;
        var from = LeadEvent.of(lead.id, LeadEvent.Type.MERGED, staff.subject(), now);
        from.note = "Submission " + submission.id + " merged; " + taken;
        events.append(lead, from);
        lead.updatedAt = now;
        if (submission.id.equals(lead.possibleDuplicateOf)) {
            // merged the other way round: the older lead into its newer submission
            lead.possibleDuplicateOf = null;
        }
        // submissions still waiting beside the merged one wait beside the lead now
        leads.relinkPossibleDuplicates(submission.id, lead.id);
        audit.record(staff, AuditAction.LEAD_MERGED, submission.id, "into " + lead.id);
        audit.record(staff, AuditAction.LEAD_MERGED, lead.id, "from " + submission.id + "; " + taken);
        leads.flush();
        merged.fire(new LeadMerged(submission.id, lead.id, staff.subject()));
        metrics.counter("consult.leads.merged").increment();
        LOG.infof("Lead %s merged into lead %s (%s)", submission.id, lead.id, taken);
        return access.details(lead);
    }

    /** Staff find the submission is not the lead's person: the link goes, each stays as it is. */
    @Transactional
    public Versioned<LeadDetails> split(UUID submissionId, long expectedVersion, Staff staff) {
        var submission = access.findToChange(submissionId, staff);
        if (submission.version != expectedVersion) {
            throw new PreconditionFailedException("Lead '" + submissionId + "'");
        }
        if (submission.possibleDuplicateOf == null || submission.status == LeadStatus.MERGED) {
            throw new SubmissionNotLinkableException(
                    "Lead '" + submissionId + "' is not waiting as a possible duplicate of another lead");
        }
        var now = clock.instant();
        var event = LeadEvent.of(submission.id, LeadEvent.Type.SPLIT, staff.subject(), now);
        event.note = "Not the person of lead " + submission.possibleDuplicateOf;
        events.append(submission, event);
        audit.record(staff, AuditAction.LEAD_SPLIT, submission.id, "from " + submission.possibleDuplicateOf);
        LOG.infof("Lead %s split from lead %s", submission.id, submission.possibleDuplicateOf);
        submission.possibleDuplicateOf = null;
        submission.updatedAt = now;
        leads.flush();
        return access.details(submission);
    }

    private void takeOver(Lead lead, Lead submission, Set<MergeRequest.Field> take, Staff staff, Instant now) {
        if (take.contains(MergeRequest.Field.NAME)) {
            lead.firstName = submission.firstName;
            lead.lastName = submission.lastName;
        }
        if (take.contains(MergeRequest.Field.CONTACT)) {
            lead.email = submission.email;
            lead.emailNormalized = submission.emailNormalized;
            lead.phone = submission.phone;
        }
        if (take.contains(MergeRequest.Field.PLACE)) {
            lead.zipCode = submission.zipCode;
            lead.latitude = submission.latitude;
            lead.longitude = submission.longitude;
        }
        if (take.contains(MergeRequest.Field.CONDITIONS)) {
            var conditions = EnumSet.noneOf(Condition.class);
            conditions.addAll(lead.conditions);
            conditions.addAll(submission.conditions);
            lead.conditions = conditions;
        }
        if (take.contains(MergeRequest.Field.PREFERENCES)) {
            lead.preferredLocationId = orKeep(submission.preferredLocationId, lead.preferredLocationId);
            lead.consultationMode = orKeep(submission.consultationMode, lead.consultationMode);
            lead.preferredContact = orKeep(submission.preferredContact, lead.preferredContact);
        }
        if (take.contains(MergeRequest.Field.MESSAGE) && submission.message != null) {
            var note = LeadEvent.of(lead.id, LeadEvent.Type.NOTE, staff.subject(), now);
            note.note = "Message of submission " + submission.id + ": " + submission.message;
            events.append(lead, note);
        }
    }

    private static <T> T orKeep(T given, T current) {
        return given != null ? given : current;
    }
}
