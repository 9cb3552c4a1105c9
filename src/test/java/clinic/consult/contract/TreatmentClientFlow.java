package clinic.consult.contract;

import static clinic.consult.contract.ClientFixtures.etagOf;
import static clinic.consult.contract.ClientFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import clinic.consult.client.ApiClient;
import clinic.consult.client.ApiException;
import clinic.consult.client.api.LeadsApi;
import clinic.consult.client.api.TreatmentApi;
import clinic.consult.client.model.InfusionMove;
import clinic.consult.client.model.LeadPatch;
import clinic.consult.client.model.LeadStatus;
import clinic.consult.client.model.SeriesBookRequest;
import clinic.consult.client.model.SeriesCancel;
import clinic.consult.client.model.SeriesPlanUpdate;
import clinic.consult.client.model.SeriesSearchRequest;
import clinic.consult.client.model.SeriesStatus;
import clinic.consult.client.model.Slot;
import clinic.consult.client.model.TimePreference;
import clinic.consult.client.model.Weekday;
import clinic.consult.support.Slots;
import java.util.List;
import java.util.UUID;

/** A front desk's treatment flow through the generated client: the plan, a search, a series booked and read. */
final class TreatmentClientFlow {

    private TreatmentClientFlow() {}

    static void run(ApiClient asStaff, ApiClient asAdmin, ApiClient asPublic) throws ApiException {
        var admin = new TreatmentApi(asAdmin);
        assertThat(admin.listSeriesPlans()).extracting("id").containsExactly("ketamine-booster", "ketamine-induction");
        var plan = admin.getSeriesPlan("ketamine-induction");
        var etag = admin.getSeriesPlanWithHttpInfo("ketamine-induction")
                .getHeaders()
                .get("etag")
                .get(0);
        var weekdays = List.of(Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY);
        var changed = admin.updateSeriesPlan(
                plan.getId(),
                new SeriesPlanUpdate()
                        .name(plan.getName())
                        .infusions(plan.getInfusions())
                        .minSpanDays(plan.getMinSpanDays())
                        .maxSpanDays(plan.getMaxSpanDays())
                        .minDaysApart(plan.getMinDaysApart())
                        .weekdays(weekdays),
                etag);
        assertThat(changed.getWeekdays()).isEqualTo(weekdays);

        var leads = new LeadsApi(asStaff);
        var lead = new LeadsApi(asPublic)
                .submitLead(person(), UUID.randomUUID().toString())
                .getId();
        leads.updateLead(lead, etagOf(leads, lead), new LeadPatch().status(LeadStatus.CONSULT_BOOKED));
        leads.updateLead(lead, etagOf(leads, lead), new LeadPatch().status(LeadStatus.CONSULTED));

        var treatment = new TreatmentApi(asStaff);
        var monday = Slots.monday();
        var found = treatment.findSeries(new SeriesSearchRequest()
                .locationId("tustin")
                .planId(plan.getId())
                .firstFrom(monday)
                .firstTo(monday.plusDays(2))
                .preference(new TimePreference().before("12:00"))
                .limit(2));
        assertThat(found.getSeries()).hasSize(2);
        assertThat(found.getExplanation()).isNull();
        var starts = found.getSeries().get(0).getInfusions().stream()
                .map(Slot::getStart)
                .toList();
        var booked = treatment.bookSeries(
                new SeriesBookRequest()
                        .leadId(lead)
                        .locationId("tustin")
                        .planId(plan.getId())
                        .starts(starts),
                UUID.randomUUID().toString());
        assertThat(booked.getInfusions()).hasSize(5);
        var read = treatment.getSeries(booked.getId());
        assertThat(read.getDone()).isZero();
        assertThat(read.getTotal()).isEqualTo(5);
        assertThat(leads.getLead(lead).getStatus()).isEqualTo(LeadStatus.CONVERTED);

        var last = booked.getInfusions().get(4);
        var later = last.getStart().plusDays(1);
        var moved = treatment.moveInfusion(booked.getId(), 5, new InfusionMove().start(later));
        assertThat(moved.getInfusions().get(4).getStart()).isEqualTo(later);
        var cancelled = treatment.cancelSeries(booked.getId(), new SeriesCancel().reason("Moving away"));
        assertThat(cancelled.getStatus()).isEqualTo(SeriesStatus.CANCELLED);
    }
}
