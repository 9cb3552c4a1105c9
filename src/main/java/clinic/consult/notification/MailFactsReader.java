package clinic.consult.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * Gathers what one outbox message's email is made of: its row, and what the features it is about tell of them
 * ({@link MailSubjects}). A message about a lead, appointment or referral that is no longer there reads as one about
 * nobody, which rendering turns into a skip.
 */
@ApplicationScoped
class MailFactsReader {

    private final NotificationRepository notifications;
    private final MailSubjects.Leads leads;
    private final MailSubjects.Appointments appointments;
    private final MailSubjects.Referrals referrals;
    private final MailSubjects.Waitlist waitlist;

    MailFactsReader(
            NotificationRepository notifications,
            MailSubjects.Leads leads,
            MailSubjects.Appointments appointments,
            MailSubjects.Referrals referrals,
            MailSubjects.Waitlist waitlist) {
        this.notifications = notifications;
        this.leads = leads;
        this.appointments = appointments;
        this.referrals = referrals;
        this.waitlist = waitlist;
    }

    /** Within a transaction. */
    Optional<MailFacts> read(UUID id) {
        return notifications.queued(id).map(this::facts);
    }

    private MailFacts facts(MailFacts queued) {
        var person = Optional.ofNullable(queued.leadId()).flatMap(leads::person);
        var visit = Optional.ofNullable(queued.appointmentId()).flatMap(appointments::visit);
        var invitation = Optional.ofNullable(queued.referralId()).flatMap(referrals::invitation);
        var infusions = queued.type() == NotificationType.SERIES_CONFIRMED && queued.appointmentId() != null
                ? appointments.seriesWith(queued.appointmentId())
                : java.util.List.<MailSubjects.Infusion>of();
        var waiting = Optional.ofNullable(queued.waitlistEntryId()).flatMap(waitlist::waiting);
        return queued.about(person, visit, invitation, infusions, waiting);
    }
}
