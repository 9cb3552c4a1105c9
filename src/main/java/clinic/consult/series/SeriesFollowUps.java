package clinic.consult.series;

import clinic.consult.db.Batches;
import clinic.consult.db.DatabaseFaults;
import clinic.consult.lead.LeadProgress;
import clinic.consult.notification.Message;
import clinic.consult.notification.NotificationType;
import clinic.consult.notification.Outbox;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Queues each completed series' follow-up once, when its time comes ({@code CONSULT_MAIL_FOLLOW_UP_AFTER_SERIES}
 * after the last outcome): the person hears the clinic is there for a booster. Queuing clears the moment in the
 * transaction that writes the message, so two instances never queue one follow-up twice.
 */
@ApplicationScoped
public class SeriesFollowUps {

    private static final Logger LOG = Logger.getLogger(SeriesFollowUps.class);
    private static final int BATCH = 200;

    private final SeriesRepository series;
    private final LeadProgress leads;
    private final Outbox outbox;
    private final DatabaseFaults faults;
    private final Clock clock;

    SeriesFollowUps(SeriesRepository series, LeadProgress leads, Outbox outbox, DatabaseFaults faults, Clock clock) {
        this.series = series;
        this.leads = leads;
        this.outbox = outbox;
        this.faults = faults;
        this.clock = clock;
    }

    @Scheduled(
            identity = "series-follow-ups",
            every = "${consult.mail.delivery.poll-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // not while the instance shuts down: the database pool may already be closed
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        faults.runJob("series-follow-ups", this::queueDue);
    }

    /** Queues every follow-up due now; returns how many. Callable from any thread. */
    @ActivateRequestContext
    public int queueDue() {
        return Batches.untilShort(BATCH, this::queueBatch);
    }

    private int queueBatch() {
        var ids = series.lockDueFollowUps(clock.instant(), BATCH);
        for (var id : ids) {
            var one = series.findById(id);
            one.followUpDueAt = null;
            leads.recipientOf(one.leadId)
                    .ifPresent(person -> outbox.toPerson(
                            Message.toLead(NotificationType.SERIES_FOLLOW_UP, null, one.leadId, one.locationId),
                            person));
            LOG.infof("Series %s: follow-up queued", id);
        }
        return ids.size();
    }
}
