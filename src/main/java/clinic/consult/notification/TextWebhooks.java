package clinic.consult.notification;

import clinic.consult.contact.PhoneNumber;
import clinic.consult.notification.text.Keyword;
import clinic.consult.notification.text.Segments;
import clinic.consult.notification.text.TextConfig;
import clinic.consult.notification.text.TextConsentEvent;
import clinic.consult.notification.text.TwilioSignature;
import clinic.consult.problem.DomainException;
import clinic.consult.problem.ProblemType;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * What Twilio tells this service: a text's status ({@code StatusCallback}) and the texts people send to the clinic's
 * number (its incoming-message webhook). Both must carry Twilio's signature over this service's public URL; anything
 * else is refused (403) and counted. STOP and its synonyms revoke the number's consent at once and turn its pending
 * texts into emails; START and its synonyms restore it; HELP answers with the clinic's name and phone.
 */
@Path(TextWebhooks.BASE)
public class TextWebhooks {

    static final String BASE = "/api/v1/texts/twilio";
    static final String STATUS = BASE + "/status";
    static final String KEYWORD_ACTOR = "text-keyword";
    private static final Logger LOG = Logger.getLogger(TextWebhooks.class);

    private final TextConfig config;
    private final NotificationRepository notifications;
    private final TextOptOuts optOuts;
    private final BrandConfig brand;
    private final MailSubjects.Leads leads;
    private final MeterRegistry metrics;
    private final Clock clock;

    TextWebhooks(
            TextConfig config,
            NotificationRepository notifications,
            TextOptOuts optOuts,
            BrandConfig brand,
            MailSubjects.Leads leads,
            MeterRegistry metrics,
            Clock clock) {
        this.config = config;
        this.notifications = notifications;
        this.optOuts = optOuts;
        this.brand = brand;
        this.leads = leads;
        this.metrics = metrics;
        this.clock = clock;
    }

    @POST
    @Path("/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response status(
            MultivaluedMap<String, String> form,
            @QueryParam("n") String n,
            @HeaderParam("X-Twilio-Signature") String signature,
            @Context UriInfo uri) {
        verify(form, signature, uri);
        var id = parseId(n);
        var sid = form.getFirst("MessageSid");
        var status = form.getFirst("MessageStatus");
        if (id != null && sid != null && status != null) {
            var code = form.getFirst("ErrorCode");
            var reported = TextStatus.known(status);
            var ours = notifications.providerReported(
                    id, sid, reported, code != null && code.matches("\\d{1,6}") ? code : null, clock.instant());
            ours.ifPresent(report -> {
                metrics.counter("consult.texts.statuses", "status", reported).increment();
                LOG.infof("Notification %s: Twilio reports %s", id, reported);
                if (report.undeliverable()) {
                    // the phone will never get it: the message goes by email, as any text that cannot go
                    optOuts.emailInstead(report.text());
                }
            });
        }
        return Response.noContent().build();
    }

    @POST
    @Path("/inbound")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_XML)
    @Transactional
    public String inbound(
            MultivaluedMap<String, String> form,
            @HeaderParam("X-Twilio-Signature") String signature,
            @Context UriInfo uri) {
        verify(form, signature, uri);
        var from = PhoneNumber.toE164(form.getFirst("From")).orElse(null);
        var keyword = Keyword.of(form.getFirst("Body"));
        if (from == null || keyword.isEmpty()) {
            return reply(null);
        }
        var word = form.getFirst("Body").strip().toUpperCase(Locale.ROOT);
        return switch (keyword.get()) {
            case STOP -> {
                optOuts.optOut(from, TextConsentEvent.Source.KEYWORD, word, KEYWORD_ACTOR);
                // Twilio confirms an opt-out itself, and refuses to send anything to the number after it
                yield reply(null);
            }
            case START -> {
                optOuts.optIn(from, TextConsentEvent.Source.KEYWORD, word, KEYWORD_ACTOR);
                var say = wordsFor(from);
                yield reply(Segments.toGsm7(say.resubscribed(brand.name()) + " " + say.optOut()));
            }
            case HELP -> {
                var say = wordsFor(from);
                var phone = brand.phone().map(PhoneNumber::forDisplay).orElse(say.helpByEmail());
                yield reply(Segments.toGsm7(say.help(brand.name(), phone) + " " + say.optOut()));
            }
        };
    }

    /** The words of the person who has this number, in their language (English for a number we do not know). */
    private TextMessages wordsFor(String phone) {
        return TextRenderer.messages(leads.languageOfNumber(phone).orElse(Locale.ENGLISH));
    }

    private void verify(MultivaluedMap<String, String> form, String signature, UriInfo uri) {
        var token = config.authToken();
        var base = config.publicUrl();
        var url = base.map(b -> MailRenderer.stripSlash(b)
                        + uri.getRequestUri().getRawPath()
                        + (uri.getRequestUri().getRawQuery() == null
                                ? ""
                                : "?" + uri.getRequestUri().getRawQuery()))
                .orElse(null);
        if (token.isEmpty() || url == null || !TwilioSignature.isValid(token.get(), url, form, signature)) {
            metrics.counter("consult.texts.callbacks.refused").increment();
            throw new Unsigned();
        }
    }

    private static UUID parseId(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** TwiML: an empty answer, or one text back. */
    private static String reply(String message) {
        return message == null
                ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>"
                : "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>" + escape(message)
                        + "</Message></Response>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A request Twilio did not sign, or signed for another URL or token. */
    static final class Unsigned extends DomainException {
        Unsigned() {
            super(ProblemType.FORBIDDEN, "The request does not carry a valid X-Twilio-Signature");
        }
    }
}
