package clinic.consult.schedule;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** When one location offers one appointment type, and how many at once. */
@Entity
@Table(name = "schedules")
public class Schedule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String locationId;

    @Column(nullable = false)
    public String appointmentTypeId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "schedule_hours", joinColumns = @JoinColumn(name = "schedule_id"))
    public List<OpeningHours> hours = new ArrayList<>();

    public int slotMinutes;
    public int stepMinutes;
    public int bufferMinutes;
    public int capacity;
    public int minNoticeMinutes;
    public int horizonDays;

    @Version
    public long version;

    @Column(nullable = false)
    public Instant updatedAt;

    /** The opening hours by weekday, each day's intervals in order. */
    public Map<DayOfWeek, List<OpeningHours>> weeklyHours() {
        var week = new EnumMap<DayOfWeek, List<OpeningHours>>(DayOfWeek.class);
        hours.stream().sorted(Comparator.comparing((OpeningHours h) -> h.start)).forEach(h -> week.computeIfAbsent(
                        h.day, day -> new ArrayList<>())
                .add(h));
        return week;
    }
}
