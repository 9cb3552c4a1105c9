package clinic.consult.notification;

import java.util.List;

/**
 * What the mail templates show. Values a person typed (names) are escaped by the HTML templates; links and times are
 * made here.
 *
 * @param firstName the recipient's first name, null when unknown
 * @param place the location, null for messages that are about none (a referral invitation)
 * @param when the appointment's start, in the location's zone with its abbreviation: "Monday, November 23, 2026 at
 *     9:00 AM PST"
 * @param until the appointment's end time: "9:30 AM PST"
 * @param infusionTimes a series' infusions, each as {@code when}; empty for other messages
 * @param waitlist a waitlist message's facts, null for other messages
 */
public record MailModel(
        String firstName,
        Place place,
        String appointmentName,
        boolean virtual,
        String when,
        String until,
        String manageUrl,
        String bookUrl,
        String staffUrl,
        String leadId,
        String referrerName,
        Brand brand,
        String signOff,
        List<String> infusionTimes,
        Waitlist waitlist) {

    /**
     * @param url the entry's page: confirm an offer, leave the line
     * @param from the first date waited for, "December 7"
     * @param deadline when an offer ends, as {@code when}; null for a joined message
     */
    public record Waitlist(String url, String from, String to, String deadline) {}

    /**
     * @param addressLines the known lines of the address, possibly none
     * @param phone for display, null when unknown
     * @param phoneUri a tel: link, null when unknown
     * @param mapUrl a map search for the street address, null when the street is unknown
     */
    /**
     * The clinic group as every email shows it.
     *
     * @param logoUrl an image for the header, null for the name in text
     * @param color the accent, a CSS colour
     * @param website where the header links to
     */
    public record Brand(String name, String logoUrl, String color, String website) {}

    public record Place(String name, List<String> addressLines, String phone, String phoneUri, String mapUrl) {}
}
