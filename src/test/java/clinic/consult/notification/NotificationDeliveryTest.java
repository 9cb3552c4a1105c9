package clinic.consult.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import clinic.consult.support.Booking;
import clinic.consult.support.Invitation;
import clinic.consult.support.LeadForm;
import clinic.consult.support.Metrics;
import clinic.consult.support.OutboxRows;
import clinic.consult.support.Seed;
import clinic.consult.support.Slots;
import clinic.consult.support.Smtp;
import clinic.consult.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What each message type says, to whom, and what it never says: through the real outbox, the real worker and a real
 * SMTP server (GreenMail, in this JVM).
 */
@QuarkusTest
class NotificationDeliveryTest extends OutboxTest {

    private static final Pattern LINK = Pattern.compile("https://www\\.clinic\\.example/\\S+?(?=[\"<\\s]|$)");
    private static final String CLINIC_INBOX = "frontdesk@clinic.example";

    @Inject
    NotificationRepository repository;

    @AfterEach
    void restoreSchedules() {
        Seed.restoreSchedules(dataSource);
    }

    @Test
    void shouldSendTheReceiptToThePersonAndTheNewLeadToTheLocationsInbox() {
        var form = LeadForm.person()
                .with("preferredLocationId", "san-juan-capistrano")
                .with("firstName", "Ana-Luís O'Hara");
        var leadId = form.submit();

        assertThat(deliver()).isEqualTo(2);

        var receipt = only(Smtp.receivedBy(form.email()));
        assertThat(receipt.subject()).isEqualTo("We received your consultation request");
        assertThat(receipt.from()).contains("no-reply@clinic.example");
        assertThat(receipt.text())
                .contains("Hello Ana-Luís O'Hara,")
                .contains("San Juan Capistrano")
                .contains("30230 Rancho Viejo Road")
                .contains("Ste. 134")
                .contains("San Juan Capistrano, CA 92675")
                .contains("Phone: (949) 503-1414")
                .contains("https://www.google.com/maps/search/?api=1&query=30230+Rancho+Viejo+Road");
        assertThat(receipt.html()).contains("Hello Ana-Luís O&#39;Hara,").contains("href=\"tel:+19495031414\"");
        assertThat(receipt.messageId()).isEqualTo(OutboxRows.messageId(dataSource, leadId, "LEAD_RECEIVED"));

        // the booking link carries a lead token that books
        var bookUrl = link(receipt.text(), "/book?leadToken=");
        var leadToken = bookUrl.substring(bookUrl.indexOf("leadToken=") + "leadToken=".length());
        var booking = new HashMap<String, Object>();
        booking.put("locationId", "san-juan-capistrano");
        booking.put("type", Slots.VIRTUAL);
        booking.put("start", Slots.at(Slots.monday(), "10:00"));
        booking.put("leadToken", leadToken);
        given().contentType(ContentType.JSON)
                .body(booking)
                .post("/api/v1/appointments")
                .then()
                .statusCode(201)
                .body("leadId", equalTo(leadId));

        var inbox = only(Smtp.receivedBy(CLINIC_INBOX));
        assertThat(inbox.subject())
                .isEqualTo("New consultation request for San Juan Capistrano (lead " + leadId.substring(0, 8) + ")");
        assertThat(inbox.text())
                .contains(leadId)
                .contains("https://www.clinic.example/staff/leads/" + leadId)
                .doesNotContain("Ana")
                .doesNotContain(form.email())
                .doesNotContain("555-");
    }

    @Test
    void shouldSendNewLeadsToTheLocationsOwnInbox() {
        var configured = LeadForm.person().with("preferredLocationId", "seal-beach");
        configured.submit();
        Seed.execute(dataSource, "UPDATE locations SET email = 'tustin@clinic.example' WHERE id = 'tustin'");
        try {
            var stored = LeadForm.person().with("preferredLocationId", "tustin");
            stored.submit();

            deliver();

            assertThat(Smtp.receivedBy("sealbeach@clinic.example")).hasSize(1);
            assertThat(Smtp.receivedBy("tustin@clinic.example")).hasSize(1);
            assertThat(Smtp.receivedBy(CLINIC_INBOX)).isEmpty();
        } finally {
            Seed.restoreLocations(dataSource);
        }
    }

    @Test
    void shouldConfirmRescheduleAndCancelWithOneCalendarEventOfRisingSequence() {
        var monday = Slots.monday();
        var body = Slots.booking("san-juan-capistrano", Slots.IN_PERSON, Slots.at(monday, "09:00"));
        var email = (String) ((Map<?, ?>) body.get("lead")).get("email");
        var booked = given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/appointments")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        var id = booked.getString("id");

        deliver();
        var confirmed = only(Smtp.receivedBy(email));
        assertThat(confirmed.subject())
                .isEqualTo("Your consultation is confirmed for " + shortWhen(booked.getString("start")));
        assertThat(confirmed.subject()).matches(".* (PST|PDT)$");
        assertThat(confirmed.text())
                .contains("Free in-person consultation")
                .contains(longWhen(booked.getString("start")))
                .contains("In person at San Juan Capistrano");
        assertThat(confirmed.calendarContentType()).contains("text/calendar").contains("method=REQUEST");
        var first = Invitation.parse(confirmed.calendar());
        assertThat(first.method()).isEqualTo("REQUEST");
        assertThat(first.uid()).isEqualTo(id + "@www.clinic.example");
        assertThat(first.sequence()).isZero();
        assertThat(first.start())
                .isEqualTo(OffsetDateTime.parse(booked.getString("start")).toInstant());
        assertThat(first.end())
                .isEqualTo(OffsetDateTime.parse(booked.getString("end")).toInstant());
        assertThat(first.tzid()).isEqualTo("America/Los_Angeles");
        assertThat(first.attendee()).isEqualTo("mailto:" + email);
        assertThat(only(Smtp.receivedBy(CLINIC_INBOX)).subject())
                .as("the new lead goes to the front desk of the booked location")
                .startsWith("New consultation request for San Juan Capistrano");
        assertThat(Smtp.received())
                .as("no separate receipt when the booking confirms")
                .hasSize(2);

        // the email's manage link works as the manage token
        var manageUrl = link(confirmed.text(), "/appointments/" + id + "?token=");
        var linkToken = manageUrl.substring(manageUrl.indexOf("token=") + "token=".length());
        var newStart = Slots.at(monday.plusDays(1), "13:00");
        given().contentType(ContentType.JSON)
                .header("X-Manage-Token", linkToken)
                .body(Map.of("start", newStart))
                .post("/api/v1/appointments/{id}/reschedule", id)
                .then()
                .statusCode(200);

        Smtp.clear();
        deliver();
        var moved = only(Smtp.receivedBy(email));
        assertThat(moved.subject()).isEqualTo("Your consultation has moved to " + shortWhen(newStart));
        var second = Invitation.parse(moved.calendar());
        assertThat(second.uid()).isEqualTo(first.uid());
        assertThat(second.sequence()).isEqualTo(1);
        assertThat(second.method()).isEqualTo("REQUEST");
        assertThat(second.start()).isEqualTo(OffsetDateTime.parse(newStart).toInstant());
        // the first email's link lived as long as its facts; the email about the new time carries the next one
        given().header("X-Manage-Token", linkToken)
                .get("/api/v1/appointments/{id}", id)
                .then()
                .statusCode(404);
        var movedUrl = link(moved.text(), "/appointments/" + id + "?token=");
        given().header("X-Manage-Token", movedUrl.substring(movedUrl.indexOf("token=") + "token=".length()))
                .get("/api/v1/appointments/{id}", id)
                .then()
                .statusCode(200);

        given().contentType(ContentType.JSON)
                .header("X-Manage-Token", booked.getString("manageToken"))
                .body(Map.of("reason", "feeling better"))
                .post("/api/v1/appointments/{id}/cancel", id)
                .then()
                .statusCode(200);

        Smtp.clear();
        deliver();
        var cancelled = only(Smtp.receivedBy(email));
        assertThat(cancelled.subject()).isEqualTo("Your consultation on " + shortWhen(newStart) + " is cancelled");
        assertThat(cancelled.calendarContentType()).contains("method=CANCEL");
        var third = Invitation.parse(cancelled.calendar());
        assertThat(third.method()).isEqualTo("CANCEL");
        assertThat(third.status()).isEqualTo("CANCELLED");
        assertThat(third.uid()).isEqualTo(first.uid());
        assertThat(third.sequence()).isEqualTo(2);
        assertThat(cancelled.everything()).doesNotContain("feeling better");

        // a cancelled appointment's link opens nothing any more
        given().header("X-Manage-Token", linkToken)
                .get("/api/v1/appointments/{id}", id)
                .then()
                .statusCode(404);
    }

    @Test
    void shouldRemindOnceAndNeverForACancelledAppointment() {
        var monday = Slots.monday();
        var kept = book("tustin", Slots.VIRTUAL, Slots.at(monday, "10:00"));
        var cancelled = book("tustin", Slots.VIRTUAL, Slots.at(monday, "11:00"));
        given().contentType(ContentType.JSON)
                .header("X-Manage-Token", cancelled.manageToken())
                .body(Map.of())
                .post("/api/v1/appointments/{id}/cancel", cancelled.id())
                .then()
                .statusCode(200);
        deliver();
        Smtp.clear();

        clock.fixAt(kept.start().minus(Duration.ofHours(25)));
        assertThat(reminders.queueDue()).as("not yet").isZero();

        clock.fixAt(kept.start().minus(Duration.ofHours(23)));
        assertThat(reminders.queueDue()).isEqualTo(1);
        assertThat(reminders.queueDue()).as("once").isZero();
        deliver();

        var reminder = only(Smtp.receivedBy(kept.email()));
        assertThat(reminder.subject()).isEqualTo("Reminder: your consultation on " + shortWhen(kept.startText()));
        assertThat(reminder.text()).contains("By video").contains("/appointments/" + kept.id() + "?token=");
        assertThat(reminder.calendar()).isNull();
        assertThat(Smtp.receivedBy(cancelled.email())).isEmpty();
    }

    @Test
    void shouldSkipAReminderQueuedBeforeItsAppointmentWasCancelled() {
        var appointment = book("tustin", Slots.VIRTUAL, Slots.at(Slots.monday(), "14:00"));
        deliver();
        Smtp.clear();
        clock.fixAt(appointment.start().minus(Duration.ofHours(20)));
        assertThat(reminders.queueDue()).isEqualTo(1);

        given().contentType(ContentType.JSON)
                .header("X-Manage-Token", appointment.manageToken())
                .body(Map.of())
                .post("/api/v1/appointments/{id}/cancel", appointment.id())
                .then()
                .statusCode(200);
        deliver();

        assertThat(Smtp.receivedBy(appointment.email()))
                .extracting(Smtp.Mail::subject)
                .containsExactly("Your consultation on " + shortWhen(appointment.startText()) + " is cancelled");
        assertThat(OutboxRows.status(dataSource, appointment.leadId(), "APPOINTMENT_REMINDER"))
                .isEqualTo("SKIPPED");
    }

    @Test
    void shouldInviteTheReferredPersonWithoutTheReferrersNote() {
        var invitee = "invitee-" + UUID.randomUUID() + "@example.com";
        var body = new HashMap<String, Object>();
        body.put("referrer", Map.of("name", "Dana Kim", "email", "dana.kim@example.com"));
        body.put("invitee", Map.of("firstName", "Alex", "email", invitee));
        body.put("relationship", "FRIEND");
        body.put("note", "The infusions helped my depression a lot.");
        var code = given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/referrals")
                .then()
                .statusCode(201)
                .extract()
                .<String>path("code");

        deliver();

        var invitation = only(Smtp.receivedBy(invitee));
        assertThat(invitation.subject()).isEqualTo("An invitation to a free consultation");
        assertThat(invitation.text())
                .contains("Hello Alex,")
                .contains("Dana Kim thought you might like")
                .contains("https://www.clinic.example/consultation?referralCode=" + code);
        assertThat(invitation.everything())
                .doesNotContainIgnoringCase("depression")
                .doesNotContain("infusions");
        assertThat(Smtp.receivedBy("dana.kim@example.com")).isEmpty();
    }

    @Test
    void shouldPutNoConditionOrMessageInAnyEmail() {
        var body = Slots.booking("tustin", Slots.IN_PERSON, Slots.at(Slots.monday(), "13:00"));
        @SuppressWarnings("unchecked")
        var lead = (Map<String, Object>) body.get("lead");
        lead.put("conditions", List.of("DEPRESSION", "PTSD", "CHRONIC_PAIN", "MIGRAINE"));
        lead.put("message", "Secret-message-text: I have had treatment-resistant depression for years.");
        var email = (String) lead.get("email");
        var id = given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/appointments")
                .then()
                .statusCode(201)
                .extract()
                .<String>path("id");
        given().header(Tokens.asStaff())
                .contentType(ContentType.JSON)
                .body(Map.of("start", Slots.at(Slots.monday(), "14:00")))
                .post("/api/v1/appointments/{id}/reschedule", id)
                .then()
                .statusCode(200);

        deliver();

        var received = Smtp.received();
        assertThat(received).hasSize(3);
        assertThat(Smtp.receivedBy(email)).hasSize(2);
        for (var mail : received) {
            assertThat(mail.everything())
                    .doesNotContainIgnoringCase("depression")
                    .doesNotContainIgnoringCase("ptsd")
                    .doesNotContainIgnoringCase("chronic")
                    .doesNotContainIgnoringCase("migraine")
                    .doesNotContainIgnoringCase("pain")
                    .doesNotContain("Secret-message-text")
                    .doesNotContainIgnoringCase("ketamine");
        }
    }

    @Test
    void shouldForgetTheRecipientAndSendNothingOnceTheLeadIsErased() {
        var form = LeadForm.person();
        var leadId = form.submit();

        given().header(Tokens.asAdmin())
                .delete("/api/v1/leads/{id}", leadId)
                .then()
                .statusCode(204);
        deliver();

        assertThat(Smtp.received()).isEmpty();
        given().header(Tokens.asStaff())
                .get("/api/v1/leads/{id}/notifications", leadId)
                .then()
                .statusCode(200)
                .body("status", equalTo(List.of("SKIPPED", "SKIPPED")))
                .body("recipient", equalTo(java.util.Arrays.asList(null, null)));
    }

    @Test
    void shouldCountSentMessagesByTypeAndReportTheBacklog() {
        var sentBefore = Metrics.value("consult_notifications_sent_total", "type", "new_lead");
        LeadForm.person().submit();
        LeadForm.person().submit();

        deliver();

        assertThat(Metrics.value("consult_notifications_sent_total", "type", "new_lead"))
                .isEqualTo(sentBefore + 2);
        assertThat(Metrics.value("consult_notifications_backlog")).isZero();
        assertThat(Metrics.value("consult_notifications_backlog_age_seconds")).isZero();
    }

    @Inject
    clinic.consult.appointment.AppointmentReminders reminders;

    private record Booked(
            String id, String leadId, String email, String manageToken, Instant start, String startText) {}

    private static Booked book(String location, String type, String start) {
        var booking = Booking.at(location, type, start);
        var email = (String) ((Map<?, ?>) booking.body().get("lead")).get("email");
        var booked = booking.booked();
        return new Booked(
                booked.getString("id"),
                booked.getString("leadId"),
                email,
                booked.getString("manageToken"),
                OffsetDateTime.parse(start).toInstant(),
                start);
    }

    /** Runs the worker once, as its schedule would. */
    private int deliver() {
        return worker.deliverDue();
    }

    private static Smtp.Mail only(List<Smtp.Mail> mails) {
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private static String link(String text, String containing) {
        var matcher = LINK.matcher(text);
        while (matcher.find()) {
            if (matcher.group().contains(containing)) {
                URI.create(matcher.group());
                return matcher.group();
            }
        }
        throw new AssertionError("no link with " + containing + " in:\n" + text);
    }

    private static String shortWhen(String offsetDateTime) {
        return java.time.format.DateTimeFormatter.ofPattern("EEE, MMM d 'at' h:mm a zzz", java.util.Locale.US)
                .format(OffsetDateTime.parse(offsetDateTime).atZoneSameInstant(Slots.LOS_ANGELES));
    }

    private static String longWhen(String offsetDateTime) {
        return java.time.format.DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy 'at' h:mm a zzz", java.util.Locale.US)
                .format(OffsetDateTime.parse(offsetDateTime).atZoneSameInstant(Slots.LOS_ANGELES));
    }
}
