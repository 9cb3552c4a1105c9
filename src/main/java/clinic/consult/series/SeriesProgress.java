package clinic.consult.series;

import clinic.consult.appointment.AppointmentChanged;
import clinic.consult.appointment.Infusions;
import clinic.consult.notification.MailConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * A series is completed once none of its infusions is still booked: the last outcome recorded closes it, and sets
 * when the person hears from the clinic again ({@link SeriesFollowUps}).
 */
@ApplicationScoped
class SeriesProgress {

    private static final Logger LOG = Logger.getLogger(SeriesProgress.class);

    private final SeriesRepository series;
    private final Infusions infusions;
    private final SeriesNews news;
    private final Duration followUpAfter;

    SeriesProgress(SeriesRepository series, Infusions infusions, SeriesNews news, MailConfig mail) {
        this.series = series;
        this.infusions = infusions;
        this.news = news;
        this.followUpAfter = mail.followUpAfterSeries();
    }

    void outcome(@Observes AppointmentChanged change) {
        if (change.seriesId() == null
                || (change.change() != AppointmentChanged.Change.COMPLETED
                        && change.change() != AppointmentChanged.Change.NO_SHOW)) {
            return;
        }
        var one = series.findById(change.seriesId(), LockModeType.PESSIMISTIC_WRITE);
        if (one.status == SeriesStatus.BOOKED && infusions.stillBooked(one.id) == 0) {
            one.status = SeriesStatus.COMPLETED;
            one.updatedAt = change.at();
            one.followUpDueAt = change.at().plus(followUpAfter);
            news.completed(one, change.actor(), change.at());
            LOG.infof("Series %s completed", one.id);
        }
    }
}
