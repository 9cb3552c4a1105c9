package clinic.consult.waitlist;

import clinic.consult.schedule.ScheduleService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Entries as their person and staff see them, with their place in line and their offers. */
@ApplicationScoped
class WaitlistViews {

    private final WaitlistRepository entries;
    private final OfferRepository offers;
    private final WaitlistLinks links;
    private final ScheduleService schedules;

    WaitlistViews(WaitlistRepository entries, OfferRepository offers, WaitlistLinks links, ScheduleService schedules) {
        this.entries = entries;
        this.offers = offers;
        this.links = links;
        this.schedules = schedules;
    }

    WaitlistJoined joined(WaitlistEntry entry) {
        return new WaitlistJoined(of(entry), links.tokenFor(entry.id));
    }

    WaitlistView of(WaitlistEntry entry) {
        var position = entry.status.inLine() ? Integer.valueOf((int) entries.ahead(entry) + 1) : null;
        return view(entry, position, offers.of(entry.id), schedules.zoneOf(entry.locationId));
    }

    /** A whole line with two statements, however long it is. */
    WaitlistLine line(String locationId, String typeId, List<WaitlistEntry> inLine) {
        var zone = schedules.zoneOf(locationId);
        var byEntry = offers.ofEntries(inLine.stream().map(entry -> entry.id).toList()).stream()
                .collect(Collectors.groupingBy(offer -> offer.entryId));
        var views = new ArrayList<WaitlistView>();
        for (int i = 0; i < inLine.size(); i++) {
            var entry = inLine.get(i);
            views.add(view(entry, i + 1, byEntry.getOrDefault(entry.id, List.of()), zone));
        }
        return new WaitlistLine(locationId, typeId, zone.getId(), views);
    }

    private static WaitlistView view(WaitlistEntry entry, Integer position, List<WaitlistOffer> offers, ZoneId zone) {
        var times = entry.afterTime == null && entry.beforeTime == null && entry.weekdays.isEmpty()
                ? null
                : new WaitlistRequest.Times(
                        entry.afterTime,
                        entry.beforeTime,
                        entry.weekdays.stream().sorted().toList());
        return new WaitlistView(
                entry.id,
                entry.leadId,
                entry.locationId,
                entry.appointmentTypeId,
                entry.fromDate,
                entry.toDate,
                times,
                entry.status,
                position,
                offers.stream()
                        .map(offer -> new WaitlistView.Offer(
                                offer.id,
                                offer.status,
                                offer.startAt.atZone(zone).toOffsetDateTime(),
                                offer.endAt.atZone(zone).toOffsetDateTime(),
                                offer.expiresAt,
                                offer.appointmentId))
                        .toList(),
                entry.createdAt);
    }
}
