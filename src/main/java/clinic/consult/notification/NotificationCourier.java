package clinic.consult.notification;

import clinic.consult.outbox.Courier;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/** Delivers one claimed message the way its row says: an email over SMTP, or a text through Twilio. */
@ApplicationScoped
class NotificationCourier implements Courier {

    private final MailFactsReader facts;
    private final MailCourier mails;
    private final TextCourier texts;

    NotificationCourier(MailFactsReader facts, MailCourier mails, TextCourier texts) {
        this.facts = facts;
        this.mails = mails;
        this.texts = texts;
    }

    @Override
    @ActivateRequestContext
    public Result deliver(UUID id, UUID token, BooleanSupplier stopping) {
        var found = QuarkusTransaction.requiringNew().call(() -> facts.read(id));
        if (found.isEmpty()) {
            return Result.NOT_DELIVERED;
        }
        var message = found.get();
        return message.channel() == Channel.SMS
                ? texts.deliver(message, token, stopping)
                : mails.deliver(message, token, stopping);
    }
}
