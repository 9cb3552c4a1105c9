package clinic.consult.contract;

import static clinic.consult.contract.ClientFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import clinic.consult.client.ApiClient;
import clinic.consult.client.ApiException;
import clinic.consult.client.api.BookingApi;
import clinic.consult.client.api.LeadsApi;
import clinic.consult.client.api.WaitlistApi;
import clinic.consult.client.model.AppointmentRequest;
import clinic.consult.client.model.CancelRequest;
import clinic.consult.client.model.WaitlistOfferStatus;
import clinic.consult.client.model.WaitlistRequest;
import clinic.consult.client.model.WaitlistStatus;
import clinic.consult.client.model.WaitlistTimes;
import clinic.consult.support.Slots;
import java.util.UUID;

/**
 * A patient's waitlist through the generated client: join with the lead token, a cancelled time offered, confirmed
 * with the entry's token (a typed header); another person leaves; staff see the line.
 */
final class WaitlistClientFlow {

    private WaitlistClientFlow() {}

    static void run(ApiClient asStaff, ApiClient publicApi) throws ApiException {
        var monday = Slots.monday().plusWeeks(2);
        var start = java.time.OffsetDateTime.parse(Slots.at(monday, "13:00"));
        var someone =
                new LeadsApi(publicApi).submitLead(person(), UUID.randomUUID().toString());
        var taken = new BookingApi(publicApi)
                .bookAppointment(
                        new AppointmentRequest()
                                .locationId("seal-beach")
                                .type(Slots.IN_PERSON)
                                .start(start)
                                .leadToken(someone.getLeadToken()),
                        UUID.randomUUID().toString());

        var waitlist = new WaitlistApi(publicApi);
        var patient =
                new LeadsApi(publicApi).submitLead(person(), UUID.randomUUID().toString());
        var joined = waitlist.joinWaitlist(
                new WaitlistRequest()
                        .leadToken(patient.getLeadToken())
                        .locationId("seal-beach")
                        .type(Slots.IN_PERSON)
                        .from(monday)
                        .to(monday)
                        .times(new WaitlistTimes().after("13:00").before("13:30")),
                UUID.randomUUID().toString());
        assertThat(joined.getEntry().getPosition()).isEqualTo(1);
        var other =
                new LeadsApi(publicApi).submitLead(person(), UUID.randomUUID().toString());
        var second = waitlist.joinWaitlist(
                new WaitlistRequest()
                        .leadToken(other.getLeadToken())
                        .locationId("seal-beach")
                        .type(Slots.IN_PERSON)
                        .from(monday)
                        .to(monday.plusDays(1)),
                UUID.randomUUID().toString());

        new BookingApi(publicApi)
                .cancelAppointment(taken.getId(), taken.getManageToken(), new CancelRequest().reason("Cannot come"));
        var entry = waitlist.getWaitlistEntry(joined.getEntry().getId(), joined.getToken());
        assertThat(entry.getStatus()).isEqualTo(WaitlistStatus.OFFERED);
        assertThat(entry.getOffers().get(0).getStatus()).isEqualTo(WaitlistOfferStatus.OPEN);

        var line = new WaitlistApi(asStaff).getWaitlistLine("seal-beach", Slots.IN_PERSON);
        assertThat(line.getEntries())
                .extracting("id")
                .contains(joined.getEntry().getId(), second.getEntry().getId());

        var booked = waitlist.acceptWaitlistOffer(joined.getEntry().getId(), joined.getToken());
        assertThat(booked.getStart()).isEqualTo(start);
        assertThat(booked.getLeadId()).isEqualTo(patient.getId());
        var left = waitlist.leaveWaitlist(second.getEntry().getId(), second.getToken());
        assertThat(left.getStatus()).isEqualTo(WaitlistStatus.LEFT);
    }
}
