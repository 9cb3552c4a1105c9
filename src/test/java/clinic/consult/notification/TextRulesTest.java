package clinic.consult.notification;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.consult.support.FakeTwilio;
import clinic.consult.support.LeadForm;
import clinic.consult.support.Slots;
import clinic.consult.support.Smtp;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The rules a text keeps beyond consent: quiet hours in the clinic's zone, and one a day, three a week. */
@QuarkusTest
class TextRulesTest extends TextTest {

    @Test
    void shouldHoldATextDueInQuietHoursUntilEightInTheMorningAcrossTheSpringChange() {
        // 23:00 on the Saturday before clocks go forward (PST, UTC-8); 08:00 next morning is PDT, UTC-7
        clock.fixAt(local("2027-03-13T23:00"));
        var form = textingPerson();
        var lead = submit(form);

        deliverAll();

        assertThat(FakeTwilio.messages()).isEmpty();
        assertThat(row(lead, "LEAD_RECEIVED", "SMS", "status")).isEqualTo("PENDING");
        assertThat(Instant.parse(row(
                        lead,
                        "LEAD_RECEIVED",
                        "SMS",
                        "to_char(next_attempt_at at time zone 'UTC'," + " 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")))
                .isEqualTo("2027-03-14T15:00:00Z");
        assertThat(row(lead, "LEAD_RECEIVED", "SMS", "attempts")).isEqualTo("0");

        clock.fixAt(Instant.parse("2027-03-14T14:59:00Z"));
        deliverAll();
        assertThat(FakeTwilio.messages()).isEmpty();

        clock.fixAt(Instant.parse("2027-03-14T15:00:00Z"));
        deliverAll();
        assertThat(FakeTwilio.messagesTo(e164(form))).hasSize(1);
        assertThat(Smtp.receivedBy(form.email())).isEmpty();
    }

    @Test
    void shouldHoldATextDueBeforeDawnUntilEightAcrossTheAutumnChange() {
        // 06:30 on the Sunday clocks go back: 08:00 that morning is PST, UTC-8
        clock.fixAt(local("2027-11-07T06:30"));
        var form = textingPerson();
        var lead = submit(form);

        deliverAll();
        clock.fixAt(Instant.parse("2027-11-07T15:59:00Z"));
        deliverAll();
        assertThat(FakeTwilio.messages()).as("07:59 PST").isEmpty();

        clock.fixAt(Instant.parse("2027-11-07T16:00:00Z"));
        deliverAll();
        assertThat(FakeTwilio.messagesTo(e164(form))).hasSize(1);
        assertThat(row(lead, "LEAD_RECEIVED", "SMS", "status")).isEqualTo("SENT");
    }

    @Test
    void shouldSendAtMostOneTextADayAndThreeAWeekToANumberAndEmailTheRest() {
        var first = textingPerson();
        var number = e164(first);
        var sent = new java.util.ArrayList<String>();
        var emailed = new java.util.ArrayList<String>();

        deliverOne(first, sent, emailed); // day 0
        clock.advance(Duration.ofHours(2));
        deliverOne(sameNumber(first, "b"), sent, emailed); // day 0 again: capped for the day
        clock.advance(Duration.ofHours(22).plusMinutes(1)); // day 1
        deliverOne(sameNumber(first, "c"), sent, emailed);
        clock.advance(Duration.ofDays(1).plusMinutes(1)); // day 2
        deliverOne(sameNumber(first, "d"), sent, emailed);
        clock.advance(Duration.ofDays(1).plusMinutes(1)); // day 3: three this week already
        deliverOne(sameNumber(first, "e"), sent, emailed);
        clock.advance(Duration.ofDays(5).plusMinutes(1)); // day 8: the first two days' texts are more than a week old
        deliverOne(sameNumber(first, "f"), sent, emailed);

        assertThat(sent)
                .containsExactly(first.email(), "c-" + first.email(), "d-" + first.email(), "f-" + first.email());
        assertThat(emailed).containsExactly("b-" + first.email(), "e-" + first.email());
        assertThat(FakeTwilio.messagesTo(number)).hasSize(4);
    }

    private void deliverOne(LeadForm form, java.util.List<String> sent, java.util.List<String> emailed) {
        var lead = submit(form);
        deliverAll();
        var status = row(lead, "LEAD_RECEIVED", "SMS", "status");
        if ("SENT".equals(status)) {
            assertThat(Smtp.receivedBy(form.email())).isEmpty();
            sent.add(form.email());
        } else {
            assertThat(status).isEqualTo("SKIPPED");
            assertThat(row(lead, "LEAD_RECEIVED", "SMS", "last_error")).contains("for the day or the week");
            assertThat(Smtp.receivedBy(form.email())).hasSize(1);
            emailed.add(form.email());
        }
    }

    static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(Slots.LOS_ANGELES).toInstant();
    }
}
