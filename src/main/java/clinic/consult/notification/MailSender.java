package clinic.consult.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.runtime.Startup;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Sends one rendered email over SMTP, waiting at most the send timeout; a failure is thrown as it came. */
// created at start, on the main thread, so that its mail context is an event-loop context of its own
@Startup
@ApplicationScoped
class MailSender {

    private final ReactiveMailer mailer;
    private final Context mailContext;
    private final MailConfig config;

    MailSender(ReactiveMailer mailer, Vertx vertx, MailConfig config) {
        this.mailer = mailer;
        this.mailContext = vertx.getOrCreateContext();
        this.config = config;
    }

    /**
     * Sends on the mail client's own event-loop context and waits at most the send timeout. Subscribing from a
     * non-Vert.x thread gave each send a new context, and the client then now and then never saw the server's
     * greeting. An exception the client throws while building the message fails the send at once.
     */
    void send(RenderedMail rendered, String messageId) {
        var mail = toMail(rendered, messageId);
        var done = new CompletableFuture<Void>();
        mailContext.runOnContext(ignored -> {
            try {
                mailer.send(mail).subscribe().with(done::complete, done::completeExceptionally);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        try {
            done.get(config.delivery().sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new CompletionException(e.getCause());
        } catch (TimeoutException e) {
            throw new CompletionException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        }
    }

    private Mail toMail(RenderedMail rendered, String messageId) {
        var mail = Mail.withText(rendered.to(), rendered.subject(), rendered.text())
                .setHtml(rendered.html())
                .addHeader("Message-ID", messageId);
        config.replyTo().ifPresent(mail::setReplyTo);
        var calendars = rendered.calendars();
        for (int i = 0; i < calendars.size(); i++) {
            mail.addAttachment(
                    calendars.size() == 1 ? "invite.ics" : "invite-" + (i + 1) + ".ics",
                    calendars.get(i),
                    "text/calendar; charset=UTF-8; method=" + rendered.calendarMethod());
        }
        return mail;
    }
}
