package clinic.consult.notification;

import clinic.consult.notification.text.TextConsent;
import clinic.consult.notification.text.TextConsentEvent;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * A number's opt-out from texts, however it came (a keyword, Twilio's refusal, staff taking it over the phone):
 * recorded on the number's consent history, told to its leads' timelines, and every text to it not sent yet goes by
 * email instead. Nothing more is texted to it until it opts back in.
 */
@ApplicationScoped
public class TextOptOuts {

    private static final Logger LOG = Logger.getLogger(TextOptOuts.class);

    private final TextConsent consent;
    private final NotificationRepository notifications;
    private final MailSubjects.Leads leads;
    private final Outbox outbox;
    private final Event<TextConsentChanged> changes;
    private final MeterRegistry metrics;
    private final Clock clock;

    TextOptOuts(
            TextConsent consent,
            NotificationRepository notifications,
            MailSubjects.Leads leads,
            Outbox outbox,
            Event<TextConsentChanged> changes,
            MeterRegistry metrics,
            Clock clock) {
        this.consent = consent;
        this.notifications = notifications;
        this.leads = leads;
        this.outbox = outbox;
        this.changes = changes;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** @return whether the number had not opted out already */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean optOut(String phone, TextConsentEvent.Source source, String detail, String actor) {
        var now = clock.instant();
        if (!consent.record(phone, false, source, detail, now)) {
            return false;
        }
        int moved = 0;
        for (var text : notifications.lockPendingTextsTo(phone)) {
            text.status = NotificationStatus.SKIPPED;
            text.lastError = "by email instead: the number opted out of texts";
            text.claimToken = null;
            moved += emailInstead(text) ? 1 : 0;
        }
        changes.fire(new TextConsentChanged(phone, false, actor, now));
        metrics.counter("consult.texts.opt.outs", "source", source.name().toLowerCase(Locale.ROOT))
                .increment();
        LOG.infof("A number opted out of texts (%s); %d pending texts go by email", source, moved);
        return true;
    }

    /**
     * The same message as a text could not carry, by email to the lead's person (none once their data is erased).
     *
     * @return whether an email was written
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean emailInstead(Notification text) {
        var email = text.leadId == null
                ? null
                : leads.person(text.leadId).map(MailSubjects.Person::email).orElse(null);
        if (email == null) {
            return false;
        }
        outbox.add(new Message(
                text.type,
                Channel.EMAIL,
                email,
                text.leadId,
                text.locationId,
                text.appointmentId,
                text.referralId,
                text.sequence,
                text.startsAt,
                text.endsAt,
                text.waitlistEntryId));
        return true;
    }

    /**
     * The number opted back in: texts go to it again where its form consented to them.
     *
     * @return whether it had opted out
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean optIn(String phone, TextConsentEvent.Source source, String detail, String actor) {
        var now = clock.instant();
        if (!consent.record(phone, true, source, detail, now)) {
            return false;
        }
        changes.fire(new TextConsentChanged(phone, true, actor, now));
        metrics.counter("consult.texts.opt.ins").increment();
        return true;
    }
}
