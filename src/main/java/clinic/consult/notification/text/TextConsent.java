package clinic.consult.notification.text;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * A number's consent to texts as it changed after the form: the newest change decides. The form's own consent is the
 * lead's, append-only; this only ever narrows or restores it, and a number that never had consent gets none here.
 */
@ApplicationScoped
public class TextConsent implements PanacheRepositoryBase<TextConsentEvent, Long> {

    /** Whether the newest change of this number's consent is an opt-out. */
    public boolean optedOut(String phone) {
        return find("phone", Sort.descending("id"), phone)
                .firstResultOptional()
                .map(event -> !event.optedIn)
                .orElse(false);
    }

    /** Records a change; returns whether it changed anything (a second STOP does not). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean record(String phone, boolean optedIn, TextConsentEvent.Source source, String detail, Instant at) {
        if (optedOut(phone) == !optedIn) {
            return false;
        }
        var event = new TextConsentEvent();
        event.phone = phone;
        event.optedIn = optedIn;
        event.source = source;
        event.detail = detail;
        event.at = at;
        persist(event);
        return true;
    }

    /** A number's changes, oldest first, for staff. */
    public List<TextConsentEvent> history(String phone) {
        return list("phone", Sort.ascending("id"), phone);
    }
}
