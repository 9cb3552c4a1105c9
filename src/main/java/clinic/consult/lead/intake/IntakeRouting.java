package clinic.consult.lead.intake;

import clinic.consult.lead.ConsultationMode;
import clinic.consult.location.LocationView;
import clinic.consult.routing.GeoPoint;
import clinic.consult.routing.Router;
import clinic.consult.routing.RoutingDecision;
import clinic.consult.routing.RoutingRequest;
import clinic.consult.routing.RoutingService;
import clinic.consult.schedule.AppointmentType;
import clinic.consult.slot.SoonestSlots;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Where a consultation request goes: the routing rules over the locations, with the soonest slots for a virtual
 * consultation's ties and this instance's recent counts for the rest.
 */
@ApplicationScoped
class IntakeRouting {

    private final RoutingService routing;
    private final RecentLeadCounts recentLeadCounts;
    private final SoonestSlots soonestSlots;

    IntakeRouting(RoutingService routing, RecentLeadCounts recentLeadCounts, SoonestSlots soonestSlots) {
        this.routing = routing;
        this.recentLeadCounts = recentLeadCounts;
        this.soonestSlots = soonestSlots;
    }

    RoutingDecision route(LeadRequest request, List<LocationView> locations) {
        var place = routing.placeOf(request.latitude(), request.longitude(), request.zipCode());
        var virtual = request.consultationMode() == ConsultationMode.VIRTUAL;
        return routing.route(
                new RoutingRequest(request.preferredLocationId(), place, virtual),
                locations.stream()
                        .map(l -> new Router.Candidate(
                                l.id(), l.latitude() == null ? null : new GeoPoint(l.latitude(), l.longitude())))
                        .toList(),
                ids -> soonestSlots.of(virtual ? AppointmentType.Mode.VIRTUAL : AppointmentType.Mode.IN_PERSON, ids),
                recentLeadCounts::of);
    }

    /** Counts a lead routed here, for the next ties. */
    void routedTo(String locationId) {
        recentLeadCounts.routedTo(locationId);
    }
}
