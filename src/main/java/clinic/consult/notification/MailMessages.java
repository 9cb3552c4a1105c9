package clinic.consult.notification;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the emails to patients, in English here and in Spanish in {@code messages/mail_es.properties}; the
 * templates under {@code templates/mail/} use them as {@code {mail:key}}. Emails to staff stay English.
 */
@MessageBundle(value = "mail", locale = "en")
public interface MailMessages {

    @Message("en")
    String lang();

    @Message("You receive this email because of a request made on our website or app. If that was not you, reply to"
            + " this email and we will remove your details.")
    String footer();

    @Message("Hello{#if firstName} {firstName}{/if},")
    String hello(String firstName);

    /** The sign-off, unless the clinic configured its own. */
    @Message("The {brand} team in {place}")
    String team(String brand, String place);

    /** How an email gives a day and a time, as a {@link java.time.format.DateTimeFormatter} pattern. */
    @Message("EEEE, MMMM d, yyyy 'at' h:mm a zzz")
    String longWhen();

    @Message("EEE, MMM d 'at' h:mm a zzz")
    String shortWhen();

    @Message("h:mm a zzz")
    String time();

    @Message("We received your consultation request")
    String receivedSubject();

    @Message("Thank you for requesting a free consultation. Your request is with our {place} team, who will contact"
            + " you within one business day to answer your questions and find a time that suits you.")
    String receivedBody(String place);

    @Message("Prefer to pick a time yourself?")
    String receivedPickATime();

    @Message("Book your free consultation online")
    String receivedBookOnline();

    @Message("(this link works for 24 hours)")
    String receivedLinkLife();

    @Message("Your consultation is confirmed")
    String confirmedTitle();

    @Message("Your consultation is confirmed for {when}")
    String confirmedSubject(String when);

    @Message("Your free consultation is booked. A calendar invitation is attached.")
    String confirmedBody();

    @Message("Your appointments are confirmed")
    String seriesTitle();

    @Message("Your {count} appointments at {place} are confirmed")
    String seriesSubject(int count, String place);

    @Message("Your treatment series of {count} visits is booked at these times. A calendar invitation for each is"
            + " attached.")
    String seriesBody(int count);

    @Message("To change a time, please call us.")
    String seriesChange();

    @Message("Appointment - {place}")
    String seriesEvent(String place);

    @Message("Checking in")
    String followUpTitle();

    @Message("Checking in from {place}")
    String followUpSubject(String place);

    @Message("It has been a few weeks since your last visit with us. If you would like to talk about how you are"
            + " doing or about a follow-up visit, we are here: call us, or reply to this email.")
    String followUpBody();

    @Message("Your consultation has moved")
    String movedTitle();

    @Message("Your consultation has moved to {when}")
    String movedSubject(String when);

    @Message("Your free consultation has a new time. The attached calendar invitation replaces the earlier one.")
    String movedBody();

    @Message("Your consultation is cancelled")
    String cancelledTitle();

    @Message("Your consultation on {when} is cancelled")
    String cancelledSubject(String when);

    @Message("Your free consultation of {when} is cancelled; the attached update removes it from your calendar.")
    String cancelledBody(String when);

    @Message("Whenever you are ready,")
    String cancelledWhenReady();

    @Message("book a new time")
    String cancelledBookAgain();

    @Message("or call us.")
    String cancelledOrCall();

    @Message("Your consultation is coming up")
    String reminderTitle();

    @Message("Reminder: your consultation on {when}")
    String reminderSubject(String when);

    @Message("A reminder of your free consultation:")
    String reminderBody();

    @Message("Can't make it?")
    String reminderCantMakeIt();

    @Message("so that someone else can have the time.")
    String reminderFreeTheTime();

    @Message("MMMM d")
    String waitDate();

    @Message("You are on the waitlist")
    String waitlistJoinedTitle();

    @Message("You are on the waitlist at {place}")
    String waitlistJoinedSubject(String place);

    @Message("We will write to you as soon as a time opens between {from} and {to} at the times you gave us. Each"
            + " time that opens goes to the first person in line, who has a short while to confirm it.")
    String waitlistJoinedBody(String from, String to);

    @Message("No longer need a time?")
    String waitlistNoLonger();

    @Message("Leave the waitlist")
    String waitlistLeave();

    @Message("A time opened up for you")
    String offerTitle();

    @Message("A time opened up: {when}")
    String offerSubject(String when);

    @Message("A time you were waiting for is free, and we are keeping it for you until {deadline}. Confirm it to"
            + " book it; after that, it goes to the next person in line.")
    String offerBody(String deadline);

    @Message("Confirm this time")
    String offerConfirm();

    @Message("Need another time?")
    String anotherTime();

    @Message("Reschedule or cancel")
    String rescheduleOrCancel();

    /** The appointment's name: the clinic's own (admin-edited, English) or, in another language, a plain one. */
    @Message("{name}")
    String appointmentName(String name, boolean virtual);

    @Message("{when} to {until}")
    String fromTo(String when, String until);

    @Message("By video: the {place} team sends you the link before the appointment.")
    String byVideo(String place);

    @Message("In person at {place}.")
    String inPerson(String place);

    @Message("Phone")
    String phone();

    @Message("Map and directions")
    String map();

    @Message("Video call")
    String calendarVideo();

    @Message("Reschedule or cancel: {url}")
    String calendarManage(String url);
}
