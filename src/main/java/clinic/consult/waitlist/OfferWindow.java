package clinic.consult.waitlist;

import clinic.consult.notification.text.QuietHours;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * When an offer made now reaches the person and until when it keeps the seat: in waking hours only (the texts' quiet
 * hours, in the location's zone), whatever the channel. An offer made at night, or one whose time would run into the
 * night, goes out when the quiet hours end and lasts its full time from then.
 */
record OfferWindow(Instant from, Instant until) {

    static OfferWindow of(Instant now, Duration offerFor, QuietHours quiet, ZoneId zone) {
        var from = quiet.nextAllowed(now, zone);
        var until = from.plus(offerFor);
        if (!quiet.nextAllowed(until, zone).equals(until)) {
            from = quiet.nextAllowed(until, zone);
            until = from.plus(offerFor);
        }
        return new OfferWindow(from, until);
    }
}
