package clinic.consult.support;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;

/** Dates and booking bodies for tests running on the real clock against the seeded schedules. */
public final class Slots {

    public static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    public static final String IN_PERSON = "in-person-consultation";
    public static final String VIRTUAL = "virtual-consultation";

    private Slots() {}

    /** A Monday one to two weeks ahead: past the minimum notice, inside the horizon. */
    public static LocalDate monday() {
        return LocalDate.now(LOS_ANGELES)
                .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                .plusWeeks(1);
    }

    /** A local time at the clinic as ISO-8601 with the offset of that day. */
    public static String at(LocalDate date, String time) {
        return date.atTime(LocalTime.parse(time))
                .atZone(LOS_ANGELES)
                .toOffsetDateTime()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** A booking body for a new person whose details come inline. */
    public static Map<String, Object> booking(String locationId, String type, String start) {
        var body = new HashMap<String, Object>();
        body.put("locationId", locationId);
        body.put("type", type);
        body.put("start", start);
        body.put("lead", LeadForm.person().body());
        return body;
    }
}
