package clinic.consult.slot;

import clinic.consult.schedule.PlanRules;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The best series that starts on a given date: the days by dynamic programming (fewest days off the preferred times,
 * then the earliest last day), then a time on each day, the same time on as many days as it can.
 */
final class SeriesPicker {

    private static final int NONE = Integer.MAX_VALUE;

    private SeriesPicker() {}

    /**
     * @param days every date from the first candidate to the last date any series may reach, in order
     * @param first the index in {@code days} of the series' first date
     */
    static Optional<SeriesOptions.SeriesOption> bestFrom(List<SeriesDay> days, int first, PlanRules plan, ZoneId zone) {
        if (!days.get(first).usable()) {
            return Optional.empty();
        }
        var firstDate = days.get(first).date();
        int end = Math.min(days.size() - 1, first + (int) ChronoUnit.DAYS.between(firstDate, plan.lastDate(firstDate)));
        int n = plan.infusions();
        // cost[j][k]: the fewest days off preference of k infusions, the k-th on day j; from[j][k] the day before
        var cost = new int[end + 1][n + 1];
        var from = new int[end + 1][n + 1];
        for (var row : cost) {
            java.util.Arrays.fill(row, NONE);
        }
        cost[first][1] = days.get(first).offPreference();
        for (int j = first + 1; j <= end; j++) {
            if (!days.get(j).usable()) {
                continue;
            }
            for (int k = 2; k <= n; k++) {
                for (int i = first; i <= j - plan.minDaysApart(); i++) {
                    if (cost[i][k - 1] != NONE && cost[i][k - 1] + days.get(j).offPreference() < cost[j][k]) {
                        cost[j][k] = cost[i][k - 1] + days.get(j).offPreference();
                        from[j][k] = i;
                    }
                }
            }
        }
        int last = -1;
        int earliestEnd = first + (int) ChronoUnit.DAYS.between(firstDate, plan.earliestEnd(firstDate));
        for (int j = Math.max(first, earliestEnd); j <= end; j++) {
            if (cost[j][n] != NONE && (last < 0 || cost[j][n] < cost[last][n])) {
                last = j;
            }
        }
        if (last < 0) {
            return Optional.empty();
        }
        var chosen = new ArrayList<SeriesDay>();
        for (int j = last, k = n; k >= 1; j = from[j][k], k--) {
            chosen.add(0, days.get(j));
        }
        return Optional.of(withTimes(chosen, cost[last][n], zone));
    }

    /** A time for each day: the time most of the days still without one offer, again and again. */
    private static SeriesOptions.SeriesOption withTimes(List<SeriesDay> chosen, int offPreference, ZoneId zone) {
        var picked = new LinkedHashMap<SeriesDay, SlotRules.Verdict>();
        chosen.forEach(day -> picked.put(day, null));
        int distinct = 0;
        while (picked.containsValue(null)) {
            var counts = new TreeMap<LocalTime, Integer>();
            picked.forEach((day, verdict) -> {
                if (verdict == null) {
                    day.slots().forEach(slot -> counts.merge(localTime(slot, zone), 1, Integer::sum));
                }
            });
            var time = counts.entrySet().stream()
                    .max(Comparator.comparingInt(java.util.Map.Entry<LocalTime, Integer>::getValue)
                            .thenComparing(java.util.Map.Entry::getKey, Comparator.reverseOrder()))
                    .orElseThrow()
                    .getKey();
            picked.replaceAll((day, verdict) -> verdict != null
                    ? verdict
                    : day.slots().stream()
                            .filter(slot -> localTime(slot, zone).equals(time))
                            .findFirst()
                            .orElse(null));
            distinct++;
        }
        var infusions = picked.values().stream()
                .map(verdict -> SlotService.view(verdict, zone))
                .toList();
        LocalDate firstDate = chosen.get(0).date();
        LocalDate lastDate = chosen.get(chosen.size() - 1).date();
        return new SeriesOptions.SeriesOption(firstDate, lastDate, offPreference, distinct, infusions);
    }

    private static LocalTime localTime(SlotRules.Verdict slot, ZoneId zone) {
        return slot.start().atZone(zone).toLocalTime();
    }
}
