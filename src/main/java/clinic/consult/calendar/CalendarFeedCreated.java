package clinic.consult.calendar;

import java.util.List;

/** A new feed key, shown this once, and the feed URL of each location it shows. */
public record CalendarFeedCreated(CalendarFeedView feed, String key, List<FeedUrl> urls) {

    /** What a staff member pastes into Google Calendar ("From URL") or Outlook ("Subscribe from web"). */
    public record FeedUrl(String locationId, String locationName, String url) {}
}
