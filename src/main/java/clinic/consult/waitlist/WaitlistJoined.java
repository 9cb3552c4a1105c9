package clinic.consult.waitlist;

/** The answer to joining: the entry, and its token (X-Waitlist-Token), which the person's messages carry too. */
public record WaitlistJoined(WaitlistView entry, String token) {}
