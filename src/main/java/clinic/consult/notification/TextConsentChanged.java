package clinic.consult.notification;

import java.time.Instant;

/**
 * A number's consent to texts changed after its form (a keyword, a provider's report, staff), fired in the
 * transaction that records it: the leads of that number note it on their timelines.
 *
 * @param actor who made the change: {@code text-keyword}, {@code twilio}, or a staff member's subject
 */
public record TextConsentChanged(String phone, boolean optedIn, String actor, Instant at) {}
