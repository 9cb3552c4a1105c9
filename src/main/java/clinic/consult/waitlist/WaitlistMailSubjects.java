package clinic.consult.waitlist;

import clinic.consult.notification.MailSubjects;
import clinic.consult.schedule.AppointmentType;
import clinic.consult.schedule.ScheduleService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** What a message may say of a waitlist entry: in line or not, its dates, the type, and its open offer. */
@ApplicationScoped
class WaitlistMailSubjects implements MailSubjects.Waitlist {

    private final WaitlistRepository entries;
    private final OfferRepository offers;
    private final ScheduleService schedules;

    WaitlistMailSubjects(WaitlistRepository entries, OfferRepository offers, ScheduleService schedules) {
        this.entries = entries;
        this.offers = offers;
        this.schedules = schedules;
    }

    @Override
    public Optional<MailSubjects.Waiting> waiting(UUID entryId) {
        return entries.findByIdOptional(entryId).map(entry -> {
            var type = schedules.type(entry.appointmentTypeId);
            var offer = offers.openOf(entryId);
            return new MailSubjects.Waiting(
                    entry.status.inLine(),
                    entry.fromDate,
                    entry.toDate,
                    type.map(found -> found.name()).orElse(null),
                    type.map(found -> found.mode() == AppointmentType.Mode.VIRTUAL)
                            .orElse(false),
                    offer.map(open -> open.startAt).orElse(null),
                    offer.map(open -> open.expiresAt).orElse(null));
        });
    }
}
