package clinic.consult.lead.pipeline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;

/** How long personal data of closed leads (and of referrals) is kept. */
@ConfigMapping(prefix = "consult.retention")
public interface RetentionConfig {

    /** Leads closed (converted, not a fit, lost, spam) longer than this lose their personal data. */
    @WithDefault("P24M")
    Period closedFor();

    /** Referrals older than this lose the referrer's and invitee's names and addresses. */
    @WithDefault("P24M")
    Period referralsFor();

    /** When the job runs (Quartz cron, server time); {@code off} disables it on this instance. */
    @WithDefault("0 17 3 * * ?")
    String cron();

    /** Rows scrubbed per transaction. */
    @WithDefault("200")
    int batchSize();
}
