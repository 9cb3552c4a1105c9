package clinic.consult.lead;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

@ApplicationScoped
public class LeadRepository implements PanacheRepositoryBase<Lead, UUID> {

    /**
     * The most recent open lead of the same person (same normalised email or phone). No ORDER BY ... LIMIT in SQL:
     * with one, PostgreSQL walks the whole created_at index looking for a person who usually is not there.
     */
    public Optional<Lead> findOpenByEmailOrPhone(String emailNormalized, String phone) {
        return list(FIND_OPEN, emailNormalized, phone).stream()
                .max(Comparator.comparing((Lead lead) -> lead.createdAt).thenComparing(lead -> lead.id));
    }

    // the open statuses as literals: a fixed query text whose translation Hibernate caches
    private static final String FIND_OPEN = "(emailNormalized = ?1 or phone = ?2) and status in ("
            + LeadStatus.OPEN.stream()
                    .map(status -> LeadStatus.class.getName() + "." + status.name())
                    .collect(Collectors.joining(", "))
            + ")";

    /** Leads received per location since a moment, spam left out. */
    public Map<String, Long> countByLocationSince(Instant since) {
        var counts = new HashMap<String, Long>();
        getEntityManager()
                .createQuery(
                        "select l.locationId, count(l) from Lead l where l.createdAt >= ?1 and l.status <> ?2"
                                + " group by l.locationId",
                        Object[].class)
                .setParameter(1, since)
                .setParameter(2, LeadStatus.SPAM)
                .getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * Serialises concurrent submissions of one person (across instances): a transaction-scoped PostgreSQL advisory
     * lock per identity key, taken in a fixed order so that two keys never deadlock.
     */
    public void lockIdentities(List<String> keys) {
        var ordered = keys.stream().sorted().distinct().toList();
        // one round trip; PostgreSQL evaluates the select list left to right, so the order holds
        var locks = new StringBuilder("select 1");
        for (int i = 1; i <= ordered.size(); i++) {
            locks.append(", pg_advisory_xact_lock(hashtextextended(?").append(i).append(", 7))");
        }
        var query = getEntityManager().createNativeQuery(locks.toString());
        for (int i = 0; i < ordered.size(); i++) {
            query.setParameter(i + 1, ordered.get(i));
        }
        query.getSingleResult();
    }

    private static final Pattern PHONE_LIKE = Pattern.compile("[\\d\\s()+.-]+");

    /**
     * The staff search. {@code text} matches a phone number by its digits, or else every word must match the first
     * name, last name or email; {@code scope}, when present, is the caller's locations.
     */
    PanacheQuery<Lead> search(LeadSearch search, Optional<Set<String>> scope) {
        var where = new ArrayList<String>();
        var parameters = new Parameters();
        if (search.statuses().isEmpty()) {
            where.add("status <> :spam");
            parameters.and("spam", LeadStatus.SPAM);
        } else {
            where.add("status in :statuses");
            parameters.and("statuses", search.statuses());
        }
        if (!search.locationIds().isEmpty()) {
            where.add("locationId in :locations");
            parameters.and("locations", search.locationIds());
        }
        scope.ifPresent(ids -> {
            where.add("locationId in :scope");
            parameters.and("scope", ids.isEmpty() ? Set.of("") : ids);
        });
        search.createdFrom().ifPresent(from -> {
            where.add("createdAt >= :from");
            parameters.and("from", from);
        });
        search.createdTo().ifPresent(to -> {
            where.add("createdAt < :to");
            parameters.and("to", to);
        });
        search.text().ifPresent(text -> matchText(text, where, parameters));
        var order = search.order();
        var sort = Sort.by(order.property, order.ascending ? Sort.Direction.Ascending : Sort.Direction.Descending)
                .and("id");
        return find(String.join(" and ", where), sort, parameters);
    }

    private static void matchText(String text, List<String> where, Parameters parameters) {
        var digits = text.replaceAll("\\D", "");
        if (PHONE_LIKE.matcher(text).matches() && digits.length() >= 3) {
            where.add("phone like :phone");
            parameters.and("phone", "%" + digits + "%");
            return;
        }
        var words = text.toLowerCase(Locale.ROOT).split("\\s+");
        for (int i = 0; i < words.length; i++) {
            var name = "word" + i;
            where.add("(lower(firstName) like :%1$s escape '!' or lower(lastName) like :%1$s escape '!'".formatted(name)
                    + " or emailNormalized like :%s escape '!')".formatted(name));
            parameters.and(name, "%" + escapeLike(words[i]) + "%");
        }
    }

    private static String escapeLike(String value) {
        return value.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** Leads closed before the cut-off whose personal data is still there, locked so instances share the work. */
    @SuppressWarnings("unchecked")
    List<UUID> lockClosedBefore(Instant cutoff, int limit) {
        return getEntityManager()
                .createNativeQuery(
                        "select id from leads where closed_at < ?1 and erased_at is null"
                                + " order by closed_at limit ?2 for update skip locked",
                        UUID.class)
                .setParameter(1, cutoff)
                .setParameter(2, limit)
                .getResultList();
    }
}
