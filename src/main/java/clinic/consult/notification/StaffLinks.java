package clinic.consult.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Links into the staff tools: {@code consult.mail.staff-base-url}, else the public website's {@code /staff}. */
@ApplicationScoped
public class StaffLinks {

    private final String base;

    StaffLinks(MailConfig config) {
        this.base = config.staffBaseUrl()
                .map(MailRenderer::stripSlash)
                .orElseGet(() -> MailRenderer.stripSlash(config.publicBaseUrl()) + "/staff");
    }

    /** The lead's page, for people who must sign in to see anything on it. */
    public String lead(UUID leadId) {
        return base + "/leads/" + leadId;
    }
}
