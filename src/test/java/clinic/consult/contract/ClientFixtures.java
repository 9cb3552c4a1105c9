package clinic.consult.contract;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.consult.client.ApiClient;
import clinic.consult.client.ApiException;
import clinic.consult.client.api.AvailabilityApi;
import clinic.consult.client.api.LeadsApi;
import clinic.consult.client.model.Consent;
import clinic.consult.client.model.HoldRequest;
import clinic.consult.client.model.LeadChannel;
import clinic.consult.client.model.LeadRequest;
import clinic.consult.client.model.LeadSource;
import clinic.consult.client.model.Problem;
import clinic.consult.client.model.Slot;
import clinic.consult.support.LeadForm;
import clinic.consult.support.Slots;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** What the generated client's flows ask for again and again: a person, a free slot, a hold, a problem read. */
final class ClientFixtures {

    private static final AtomicInteger PEOPLE =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(100, 900));

    private ClientFixtures() {}

    static Problem problem(ApiClient client, ApiException e) {
        assertThat(e).isNotNull();
        assertThat(e.getResponseHeaders().firstValue("content-type")).hasValue("application/problem+json");
        try {
            return client.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
        } catch (java.io.IOException unreadable) {
            throw new AssertionError("The problem does not read as the contract's Problem", unreadable);
        }
    }

    static String etagOf(LeadsApi leads, UUID id) throws ApiException {
        return leads.getLeadWithHttpInfo(id).getHeaders().get("etag").get(0);
    }

    static List<Slot> freeSlots(AvailabilityApi availability, String locationId, LocalDate from) throws ApiException {
        var slots = availability.listSlots(locationId, Slots.IN_PERSON, from, from.plusDays(4)).getDays().stream()
                .flatMap(day -> day.getSlots().stream())
                .filter(slot -> slot.getRemaining() > 0)
                .toList();
        assertThat(slots).hasSizeGreaterThan(2);
        return slots;
    }

    static HoldRequest hold(String locationId, Slot slot) {
        return new HoldRequest().locationId(locationId).type(Slots.IN_PERSON).start(slot.getStart());
    }

    static LeadRequest person() {
        int n = next();
        return new LeadRequest()
                .firstName("Client" + LeadForm.letters(n).toLowerCase(java.util.Locale.ROOT))
                .lastName("Person")
                .email("client" + n + "@example.com")
                .phone(String.format("(562) 555-%04d", n))
                .preferredLocationId("tustin")
                .consent(new Consent().contact(Consent.ContactEnum.TRUE).privacyNoticeVersion("2026-01"))
                .source(new LeadSource().channel(LeadChannel.WEBSITE).pageUrl("https://clinic.example.com/consult"));
    }

    static int next() {
        return PEOPLE.incrementAndGet();
    }
}
