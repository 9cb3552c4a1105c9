package clinic.consult.lead.pipeline;

import clinic.consult.audit.AuditAction;
import clinic.consult.audit.AuditService;
import clinic.consult.db.Batches;
import clinic.consult.db.DatabaseFaults;
import clinic.consult.lead.LeadRepository;
import clinic.consult.referral.ReferralService;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/**
 * Scrubs the personal data of leads closed longer than the retention period, and of old referrals. Safe with many
 * instances: each batch locks its rows with {@code FOR UPDATE SKIP LOCKED}, so two instances never scrub the same
 * lead, and a lead once scrubbed is never selected again.
 */
@ApplicationScoped
public class LeadRetention {

    private static final Logger LOG = Logger.getLogger(LeadRetention.class);

    private final LeadRepository leads;
    private final LeadErasure erasure;
    private final ReferralService referrals;
    private final AuditService audit;
    private final RetentionConfig config;
    private final MeterRegistry metrics;
    private final DatabaseFaults faults;
    private final Clock clock;

    LeadRetention(
            LeadRepository leads,
            LeadErasure erasure,
            ReferralService referrals,
            AuditService audit,
            RetentionConfig config,
            MeterRegistry metrics,
            DatabaseFaults faults,
            Clock clock) {
        this.faults = faults;
        this.leads = leads;
        this.erasure = erasure;
        this.referrals = referrals;
        this.audit = audit;
        this.config = config;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Scheduled(
            identity = "lead-retention",
            cron = "{consult.retention.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // not while the instance shuts down: the database pool may already be closed
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void nightly() {
        faults.runJob("lead-retention", this::scrubExpired);
    }

    /** Runs until nothing is left to scrub; returns the number of leads scrubbed by this instance. */
    public int scrubExpired() {
        var now = clock.instant();
        var leadCutoff = before(now, config.closedFor());
        int scrubbed = Batches.untilShort(config.batchSize(), () -> scrubBatch(leadCutoff));
        var referralCutoff =
                now.atZone(ZoneOffset.UTC).minus(config.referralsFor()).toInstant();
        int referralsScrubbed = 0;
        int batch;
        do {
            batch = referrals.scrubCreatedBefore(referralCutoff, config.batchSize());
            referralsScrubbed += batch;
        } while (batch == config.batchSize());
        metrics.counter("consult.retention.scrubbed", "kind", "lead").increment(scrubbed);
        metrics.counter("consult.retention.scrubbed", "kind", "referral").increment(referralsScrubbed);
        LOG.infof("Retention: scrubbed %d leads and %d referrals", scrubbed, referralsScrubbed);
        return scrubbed;
    }

    private int scrubBatch(Instant cutoff) {
        var ids = leads.lockClosedBefore(cutoff, config.batchSize());
        var now = clock.instant();
        for (var id : ids) {
            var lead = leads.findById(id);
            erasure.scrub(lead, AuditService.SYSTEM_RETENTION, now);
            audit.recordSystem(AuditService.SYSTEM_RETENTION, AuditAction.LEAD_SCRUBBED, id, null);
        }
        return ids.size();
    }

    private static Instant before(Instant now, Period period) {
        return now.atZone(ZoneOffset.UTC).minus(period).toInstant();
    }
}
