package clinic.consult.notification;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What texts say, in English here and in Spanish in {@code messages/texts_es.properties}. Plain words, no health
 * information, and nothing the carrier would count as marketing; the brand name comes first and the opt-out last.
 */
@MessageBundle(value = "texts", locale = "en")
public interface TextMessages {

    @Message("{brand}: we got your request for a free consultation and will call you soon. Questions? {phone}.")
    String leadReceived(String brand, String phone);

    @Message("{brand}: your consultation is confirmed for {when} {where}. Manage: {link}")
    String confirmed(String brand, String when, String where, String link);

    @Message("{brand}: your consultation moved to {when} {where}. Manage: {link}")
    String rescheduled(String brand, String when, String where, String link);

    @Message("{brand}: your consultation on {when} is cancelled. To book again call {phone}.")
    String cancelled(String brand, String when, String phone);

    @Message("{brand}: reminder of your consultation {when} {where}. Manage: {link}")
    String reminder(String brand, String when, String where, String link);

    @Message("{brand}: your {count} appointments {where} are confirmed: {whens}. To change one, call {phone}.")
    String seriesConfirmed(String brand, int count, String where, String whens, String phone);

    @Message("{brand}: it has been a few weeks since your last visit. To talk about a follow-up visit, call {phone}.")
    String followUp(String brand, String phone);

    @Message("{brand}: you are on the waitlist. We will text you when a time opens. Your place: {link}")
    String waitlistJoined(String brand, String link);

    @Message("{brand}: a time opened {when} {where}. It is yours if you confirm by {deadline}: {link}")
    String waitlistOffer(String brand, String when, String where, String deadline, String link);

    @Message("h:mm a")
    String deadline();

    @Message("in {location}")
    String inPerson(String location);

    @Message("by video")
    String byVideo();

    /** How a text gives a time: a {@link java.time.format.DateTimeFormatter} pattern in this language. */
    @Message("EEE MMM d, h:mm a zzz")
    String when();

    @Message("{brand}: you will get appointment texts again.")
    String resubscribed(String brand);

    @Message("{brand}: appointment texts. Help: {phone}.")
    String help(String brand, String phone);

    @Message("reply to the clinic's emails")
    String helpByEmail();

    @Message("reply HELP")
    String replyHelp();

    @Message("Reply STOP to opt out.")
    String optOut();
}
