package clinic.consult.contract;

import static clinic.consult.contract.ClientFixtures.etagOf;
import static clinic.consult.contract.ClientFixtures.freeSlots;
import static clinic.consult.contract.ClientFixtures.hold;
import static clinic.consult.contract.ClientFixtures.next;
import static clinic.consult.contract.ClientFixtures.person;
import static clinic.consult.contract.ClientFixtures.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import clinic.consult.client.ApiClient;
import clinic.consult.client.ApiException;
import clinic.consult.client.api.AuditApi;
import clinic.consult.client.api.AvailabilityApi;
import clinic.consult.client.api.BookingApi;
import clinic.consult.client.api.CalendarsApi;
import clinic.consult.client.api.LeadsApi;
import clinic.consult.client.api.LocationsApi;
import clinic.consult.client.api.NotificationsApi;
import clinic.consult.client.api.ReferralsApi;
import clinic.consult.client.api.SchedulesApi;
import clinic.consult.client.api.WebhooksApi;
import clinic.consult.client.model.AppointmentOutcome;
import clinic.consult.client.model.AppointmentRequest;
import clinic.consult.client.model.AppointmentStatus;
import clinic.consult.client.model.CalendarFeed;
import clinic.consult.client.model.CalendarFeedUrl;
import clinic.consult.client.model.CancelRequest;
import clinic.consult.client.model.ClosureRequest;
import clinic.consult.client.model.HoldRequest;
import clinic.consult.client.model.Invitee;
import clinic.consult.client.model.LeadPatch;
import clinic.consult.client.model.LeadStatus;
import clinic.consult.client.model.LocationUpdate;
import clinic.consult.client.model.MergeField;
import clinic.consult.client.model.MergeRequest;
import clinic.consult.client.model.NoteRequest;
import clinic.consult.client.model.NotificationStatus;
import clinic.consult.client.model.ProblemReason;
import clinic.consult.client.model.ReferralRequest;
import clinic.consult.client.model.Referrer;
import clinic.consult.client.model.Relationship;
import clinic.consult.client.model.ReplayRequest;
import clinic.consult.client.model.RescheduleRequest;
import clinic.consult.client.model.ScheduleUpdate;
import clinic.consult.client.model.TimelineEventType;
import clinic.consult.client.model.Webhook;
import clinic.consult.client.model.WebhookDeliveryStatus;
import clinic.consult.client.model.WebhookEventType;
import clinic.consult.client.model.WebhookRequest;
import clinic.consult.support.FakeTwilio;
import clinic.consult.support.Seed;
import clinic.consult.support.Slots;
import clinic.consult.support.Sql;
import clinic.consult.support.TestClock;
import clinic.consult.support.Tokens;
import clinic.consult.support.ValidatingProxy;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The website's, the front desk's and the admins' flows, through nothing but a Java client that OpenAPI Generator
 * made from {@code openapi.yaml} at build time. Its traffic passes a proxy that validates every request and answer
 * against the contract; the last test fails if any operation of the contract was not called.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeneratedClientTest {

    private static ValidatingProxy proxy;

    @TestHTTPResource("/")
    URI service;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TestClock clock;

    @AfterEach
    void restore() {
        clock.reset();
        Seed.restoreSchedules(dataSource);
        Seed.restoreLocations(dataSource);
    }

    @AfterAll
    static void stopProxy() {
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    @Order(1)
    void shouldCarryTheWebsitesWholeFlow() throws ApiException {
        var website = client(null);
        var locations = new LocationsApi(website);
        var availability = new AvailabilityApi(website);
        var booking = new BookingApi(website);

        assertThat(locations.listLocations()).extracting(l -> l.getId()).contains("tustin", "seal-beach");
        assertThat(new SchedulesApi(website).listAppointmentTypes())
                .extracting(t -> t.getId())
                .contains(Slots.IN_PERSON, Slots.VIRTUAL);
        var monday = Slots.monday();
        var anywhere = availability.findSlotsAnywhere(
                Slots.VIRTUAL, monday, monday.plusDays(4), List.of("tustin", "seal-beach"));
        assertThat(anywhere.getFirstAvailable()).isNotNull();
        assertThat(anywhere.getLocations()).hasSize(2);
        var free = freeSlots(availability, "tustin", monday);

        var invited = new ReferralsApi(website)
                .inviteToConsultation(
                        new ReferralRequest()
                                .referrer(new Referrer().name("Dana Kim").email("dana" + next() + "@example.com"))
                                .invitee(new Invitee().firstName("Alex").email("alex" + next() + "@example.com"))
                                .relationship(Relationship.FRIEND),
                        UUID.randomUUID().toString());
        var form = person().referralCode(invited.getCode());
        var key = UUID.randomUUID().toString();
        var leads = new LeadsApi(website);
        var receipt = leads.submitLead(form, key);
        assertThat(leads.submitLead(form, key).getId())
                .as("a retry with the same Idempotency-Key is the same request")
                .isEqualTo(receipt.getId());

        var first =
                booking.holdSlot(hold("tustin", free.get(0)), UUID.randomUUID().toString());
        booking.releaseHold(first.getId());
        var hold =
                booking.holdSlot(hold("tustin", free.get(0)), UUID.randomUUID().toString());
        var booked = booking.bookAppointment(
                new AppointmentRequest()
                        .locationId("tustin")
                        .type(Slots.IN_PERSON)
                        .start(free.get(0).getStart())
                        .holdId(hold.getId())
                        .leadToken(receipt.getLeadToken()),
                UUID.randomUUID().toString());
        assertThat(booked.getStatus()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(booked.getLeadId()).isEqualTo(receipt.getId());

        // the manage token is a typed header parameter: a page cannot leave it out by accident
        var manage = new BookingApi(client(null));
        var token = booked.getManageToken();
        assertThat(manage.getAppointment(booked.getId(), token).getStart())
                .isEqualTo(free.get(0).getStart());
        var moved = manage.rescheduleAppointment(
                booked.getId(), new RescheduleRequest().start(free.get(1).getStart()), token);
        assertThat(moved.getStart()).isEqualTo(free.get(1).getStart());

        // a problem answer, read as the contract types it
        var refused = catchThrowableOfType(
                ApiException.class,
                () -> booking.holdSlot(
                        new HoldRequest()
                                .locationId("tustin")
                                .type(Slots.IN_PERSON)
                                .start(free.get(0).getStart().plusMinutes(7)),
                        UUID.randomUUID().toString()));
        var problem = problem(website, refused);
        assertThat(refused.getCode()).isEqualTo(422);
        assertThat(problem.getType()).hasToString("urn:clinic:consult:problem:slot-not-bookable");
        assertThat(problem.getReason()).isEqualTo(ProblemReason.MISALIGNED);
        var unknown = catchThrowableOfType(
                ApiException.class, () -> manage.getAppointment(booked.getId(), "not-the-token-of-this-appointment"));
        assertThat(problem(website, unknown).getStatus()).isEqualTo(404);

        var cancelled =
                manage.cancelAppointment(booked.getId(), token, new CancelRequest().reason("Found another time"));
        assertThat(cancelled.getStatus()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(manage.getAppointment(booked.getId(), token).getStatus()).isEqualTo(AppointmentStatus.CANCELLED);
    }

    @Test
    @Order(2)
    void shouldCarryTheFrontDesksAndTheAdminsFlows() throws ApiException {
        var website = new LeadsApi(client(null));
        var staff = client(Tokens.staff());
        var admin = client(Tokens.admin());
        var leads = new LeadsApi(staff);

        var person = person();
        var lead = website.submitLead(person, null).getId();
        var again = website.submitLead(person().email(person.getEmail()).message("Evenings are best."), null)
                .getId();
        var page = leads.searchLeads(
                List.of(LeadStatus.NEW), List.of("tustin"), null, null, person.getEmail(), 0, 20, "-createdAt");
        assertThat(page.getItems()).extracting(l -> l.getId()).contains(lead, again);

        var read = leads.getLeadWithHttpInfo(lead);
        var etag = read.getHeaders().get("etag").get(0);
        assertThat(read.getData().getPossibleDuplicates())
                .extracting(s -> s.getId())
                .contains(again);
        var contacted = leads.updateLead(
                lead, etag, new LeadPatch().status(LeadStatus.CONTACTED).note("Called, will book"));
        assertThat(contacted.getStatus()).isEqualTo(LeadStatus.CONTACTED);
        assertThat(leads.addLeadNote(lead, new NoteRequest().text("Prefers mornings"))
                        .getType())
                .isEqualTo(TimelineEventType.NOTE);
        var merged = leads.mergeLead(
                again, etagOf(leads, again), new MergeRequest().into(lead).take(Set.of(MergeField.MESSAGE)));
        assertThat(merged.getId()).isEqualTo(lead);
        assertThat(merged.getTimeline()).extracting(event -> event.getNote()).anySatisfy(note -> assertThat(note)
                .endsWith(": Evenings are best."));
        var stranger =
                website.submitLead(person().email(person.getEmail()), null).getId();
        assertThat(leads.splitLead(stranger, etagOf(leads, stranger)).getPossibleDuplicateOf())
                .isNull();

        var monday = Slots.monday().plusWeeks(1);
        var slot = freeSlots(new AvailabilityApi(staff), "tustin", monday).get(0);
        var booking = new BookingApi(staff);
        var booked = booking.bookAppointment(
                new AppointmentRequest()
                        .locationId("tustin")
                        .type(Slots.IN_PERSON)
                        .start(slot.getStart())
                        .leadId(lead),
                null);
        var local = slot.getStart().atZoneSameInstant(Slots.LOS_ANGELES).toLocalDate();
        assertThat(booking.listAppointments("tustin", local, List.of(AppointmentStatus.BOOKED)))
                .extracting(a -> a.getId())
                .contains(booked.getId());
        clock.fixAt(slot.getEnd().toInstant().plus(Duration.ofMinutes(5)));
        assertThat(booking.recordAppointmentOutcome(
                                booked.getId(),
                                new AppointmentOutcome().status(AppointmentOutcome.StatusEnum.COMPLETED))
                        .getStatus())
                .isEqualTo(AppointmentStatus.COMPLETED);
        clock.reset();

        var emails = leads.listLeadNotifications(lead);
        assertThat(emails).isNotEmpty();
        var code = new ReferralsApi(client(null))
                .inviteToConsultation(
                        new ReferralRequest()
                                .referrer(new Referrer().name("Sam Lee").email("sam" + next() + "@example.com"))
                                .invitee(new Invitee().firstName("Jo").email("jo" + next() + "@example.com"))
                                .relationship(Relationship.FAMILY),
                        null)
                .getCode();
        assertThat(new ReferralsApi(staff).getReferral(code).getRelationship()).isEqualTo(Relationship.FAMILY);

        // an email the worker gave up on: what only an outage of the mail server makes in real life
        var failed = emails.get(0).getId();
        Seed.execute(
                dataSource,
                "UPDATE notifications SET status = 'FAILED', last_error = 'SMTP server unreachable' WHERE id = '"
                        + failed + "'");
        var notifications = new NotificationsApi(admin);
        assertThat(notifications
                        .listNotifications(NotificationStatus.FAILED, 0, 100)
                        .getItems())
                .extracting(n -> n.getId())
                .contains(failed);
        assertThat(notifications.retryNotification(failed).getStatus()).isEqualTo(NotificationStatus.PENDING);

        var schedules = new SchedulesApi(admin);
        var schedule = schedules.getScheduleWithHttpInfo("tustin", Slots.IN_PERSON);
        var hours = schedule.getData();
        var changed = schedules.updateSchedule(
                "tustin",
                Slots.IN_PERSON,
                new ScheduleUpdate()
                        .weeklyHours(hours.getWeeklyHours())
                        .slotMinutes(hours.getSlotMinutes())
                        .stepMinutes(hours.getStepMinutes())
                        .bufferMinutes(hours.getBufferMinutes())
                        .capacity(hours.getCapacity())
                        .minNoticeMinutes(hours.getMinNoticeMinutes())
                        .horizonDays(hours.getHorizonDays() - 1),
                schedule.getHeaders().get("etag").get(0));
        assertThat(changed.getHorizonDays()).isEqualTo(hours.getHorizonDays() - 1);

        var locations = new LocationsApi(admin);
        var location = locations.getLocationWithHttpInfo("tustin");
        var tustin = location.getData();
        var updated = locations.updateLocation(
                "tustin",
                new LocationUpdate()
                        .name(tustin.getName())
                        .address(tustin.getAddress())
                        .phone("(714) 555-0100")
                        .email(tustin.getEmail())
                        .timeZone(tustin.getTimeZone())
                        .latitude(tustin.getLatitude())
                        .longitude(tustin.getLongitude()),
                location.getHeaders().get("etag").get(0));
        assertThat(updated.getPhone()).isEqualTo("+17145550100");

        var christmas = LocalDate.of(LocalDate.now(Slots.LOS_ANGELES).getYear() + 1, 12, 25);
        var closure = schedules.addClosure(
                "tustin",
                new ClosureRequest()
                        .start(christmas + "T00:00")
                        .end(christmas.plusDays(1) + "T00:00")
                        .reason("Christmas"));
        assertThat(schedules.listClosures("tustin")).extracting(c -> c.getId()).contains(closure.getId());
        schedules.removeClosure("tustin", closure.getId());
        assertThat(schedules.listClosures("tustin")).extracting(c -> c.getId()).doesNotContain(closure.getId());

        new LeadsApi(admin).eraseLead(stranger);
        assertThat(leads.getLead(stranger).getErasedAt()).isNotNull();
        assertThat(new AuditApi(admin).searchAudit(lead, null, 0, 100).getItems())
                .extracting(e -> e.getAction().getValue())
                .contains("LEAD_VIEWED", "LEAD_STATUS_CHANGED", "LEAD_MERGED");
        assertThat(Sql.single(dataSource, "select status from leads where id = ?::uuid", lead))
                .isEqualTo("CONSULTED");
    }

    @Test
    @Order(3)
    void shouldCarryTheAdminsWebhookFlow() throws ApiException {
        var webhooks = new WebhooksApi(client(Tokens.admin()));
        var created = webhooks.createWebhook(new WebhookRequest()
                .url(URI.create("http://127.0.0.1:9/hooks/crm"))
                .eventTypes(List.of(WebhookEventType.LEAD_RECEIVED, WebhookEventType.APPOINTMENT_BOOKED))
                .locationIds(List.of("tustin"))
                .description("CRM"));
        var id = created.getWebhook().getId();
        assertThat(created.getSecret()).startsWith("whsec_");
        assertThat(webhooks.listWebhooks()).extracting(Webhook::getId).contains(id);
        var read = webhooks.getWebhookWithHttpInfo(id);
        var changed = webhooks.updateWebhook(
                id,
                new WebhookRequest()
                        .url(created.getWebhook().getUrl())
                        .eventTypes(created.getWebhook().getEventTypes())
                        .locationIds(created.getWebhook().getLocationIds())
                        .description("CRM (sales)"),
                read.getHeaders().get("etag").get(0));
        assertThat(changed.getDescription()).isEqualTo("CRM (sales)");
        assertThat(webhooks.rotateWebhookSecret(id).getSecret()).startsWith("whsec_");
        var ping = webhooks.pingWebhook(id);
        assertThat(ping.getEventType()).isEqualTo(WebhookEventType.WEBHOOK_PING);
        assertThat(webhooks.redeliverWebhook(id, ping.getId()).getStatus()).isEqualTo(WebhookDeliveryStatus.PENDING);
        assertThat(webhooks.listWebhookDeliveries(id, WebhookDeliveryStatus.PENDING, 0, 10)
                        .getTotal())
                .isEqualTo(1);
        var now = OffsetDateTime.now();
        assertThat(webhooks.replayWebhookEvents(
                                id, new ReplayRequest().from(now.minusDays(1)).to(now))
                        .getDeliveries())
                .isNotNegative();
        webhooks.deleteWebhook(id);
        var gone = catchThrowableOfType(ApiException.class, () -> webhooks.getWebhook(id));
        assertThat(gone.getCode()).isEqualTo(404);
    }

    @Test
    @Order(4)
    void shouldCarryAStaffMembersCalendarFeed() throws ApiException {
        var feeds = new CalendarsApi(client(Tokens.staffOf("tustin")));
        var created = feeds.createCalendarFeed();
        var id = created.getFeed().getId();
        assertThat(created.getUrls()).extracting(CalendarFeedUrl::getLocationId).containsExactly("tustin");
        assertThat(feeds.listCalendarFeeds()).extracting(CalendarFeed::getId).containsExactly(id);
        assertThat(feeds.getCalendarFeed(id).getLocationIds()).containsExactly("tustin");

        var calendar = new CalendarsApi(client(null)).getLocationCalendar(created.getKey(), "tustin");
        assertThat(calendar)
                .content(java.nio.charset.StandardCharsets.UTF_8)
                .startsWith("BEGIN:VCALENDAR\r\n")
                .contains("METHOD:PUBLISH");

        feeds.revokeCalendarFeed(id);
        var gone = catchThrowableOfType(ApiException.class, () -> new CalendarsApi(client(null))
                .getLocationCalendar(created.getKey(), "tustin"));
        assertThat(gone.getCode()).isEqualTo(404);
    }

    @Test
    @Order(5)
    void shouldCarryTwiliosCallsAndAStaffOptOut() throws ApiException {
        var lead = new LeadsApi(client(null))
                .submitLead(person(), UUID.randomUUID().toString());
        new LeadsApi(client(Tokens.staff())).optOutOfTexts(lead.getId());

        var twilio = new NotificationsApi(client(null));
        var sid = FakeTwilio.sid();
        var id = UUID.randomUUID().toString();
        var status =
                java.util.Map.of("MessageSid", sid, "MessageStatus", "delivered", "AccountSid", FakeTwilio.ACCOUNT);
        twilio.textStatusCallback(
                id,
                FakeTwilio.signature(
                        FakeTwilio.AUTH_TOKEN, "https://api.clinic.example/api/v1/texts/twilio/status?n=" + id, status),
                sid,
                "delivered",
                null,
                null,
                null,
                FakeTwilio.ACCOUNT,
                null);
        var help = java.util.Map.of("From", "+17145550199", "To", "+15005550006", "Body", "HELP");
        // the generator's Java client reads every answer as JSON, and TwiML is XML: the call went through the proxy,
        // which held it and its answer to the contract; TextKeywordTest reads the reply
        var twiml = catchThrowableOfType(
                ApiException.class,
                () -> twilio.textInbound(
                        FakeTwilio.signature(
                                FakeTwilio.AUTH_TOKEN, "https://api.clinic.example/api/v1/texts/twilio/inbound", help),
                        null,
                        null,
                        "+17145550199",
                        "+15005550006",
                        "HELP",
                        null,
                        null));
        assertThat(twiml.getCause()).isInstanceOf(com.fasterxml.jackson.core.JsonParseException.class);

        var unknown = catchThrowableOfType(
                ApiException.class, () -> new BookingApi(client(null)).followShortLink("no-such-link"));
        assertThat(unknown.getCode()).isEqualTo(404);
    }

    @Test
    @Order(5)
    void shouldCarryAFrontDesksTreatmentSeries() throws ApiException {
        TreatmentClientFlow.run(client(Tokens.staff()), client(Tokens.admin()), client(null));
    }

    @Test
    @Order(5)
    void shouldCarryAPatientsWaitlistEntry() throws ApiException {
        WaitlistClientFlow.run(client(Tokens.staff()), client(null));
    }

    @Test
    @Order(6)
    void shouldHaveCalledEveryOperationAndKeptToTheContract() {
        assertThat(proxy().violations()).isEmpty();
        var neverCalled = new java.util.TreeSet<>(proxy().operationIds());
        neverCalled.removeAll(proxy().called());
        assertThat(neverCalled)
                .as("operations never called through the generated client")
                .isEmpty();
        assertThat(proxy().operationIds()).hasSize(65);
    }

    private ValidatingProxy proxy() {
        if (proxy == null) {
            proxy = ValidatingProxy.to(service);
        }
        return proxy;
    }

    /**
     * A client as a front end would configure it: the base URI, and the bearer or manage token its user has. Every
     * client is a client of its own address, as people behind the clinic's proxy are.
     */
    private ApiClient client(String bearer) {
        var client = new ApiClient();
        client.updateBaseUri(proxy().baseUri());
        var address = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
        client.setRequestInterceptor(request -> {
            request.header("X-Forwarded-For", address);
            if (bearer != null) {
                request.header("Authorization", "Bearer " + bearer);
            }
        });
        return client;
    }
}
