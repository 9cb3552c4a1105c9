package bench.baseline;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A precomputed 14-day slot list, the shape the service answers (days of slots with start and end), served for any
 * location, type and dates: what the framework costs when the answer is already known.
 */
@Path("/api/v1/locations/{id}/slots")
public class SlotResource {

    public record Slot(OffsetDateTime start, OffsetDateTime end) {}

    public record Day(LocalDate date, List<Slot> slots) {}

    public record Slots(String locationId, String type, String timeZone, List<Day> days) {}

    private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
    private static final List<Day> DAYS = days();

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Slots list(
            @PathParam("id") String id,
            @QueryParam("type") String type,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return new Slots(id, type, ZONE.getId(), DAYS);
    }

    /** Weekdays 9:00 to 17:00, 30 minutes every 30, from today: about the size of the service's answer. */
    private static List<Day> days() {
        var days = new ArrayList<Day>();
        var first = LocalDate.now(ZONE);
        for (int i = 0; i < 14; i++) {
            var date = first.plusDays(i);
            var slots = new ArrayList<Slot>();
            if (date.getDayOfWeek().getValue() <= 5) {
                for (var time = LocalTime.of(9, 0); time.isBefore(LocalTime.of(17, 0)); time = time.plusMinutes(30)) {
                    var start = date.atTime(time).atZone(ZONE).toOffsetDateTime();
                    slots.add(new Slot(start, start.plusMinutes(30)));
                }
            }
            days.add(new Day(date, slots));
        }
        return List.copyOf(days);
    }
}
