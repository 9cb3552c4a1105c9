package clinic.consult.lead;

import static clinic.consult.db.JdbcTimes.utc;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
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
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

@ApplicationScoped
public class LeadRepository implements PanacheRepositoryBase<Lead, UUID> {

    /**
     * The open lead a new submission of this normalised email or phone is a possible duplicate of: the newest open
     * lead that is not itself waiting as a possible duplicate, else the oldest open one. No ORDER BY ... LIMIT in SQL:
     * with one, PostgreSQL walks the whole created_at index looking for a person who usually is not there. Plain JDBC
     * like the other statements of intake: it runs on every consultation request, and it usually finds nothing.
     */
    public Optional<UUID> findLeadOfSamePerson(String emailNormalized, String phone) {
        return jdbc(connection -> {
            try (var select = connection.prepareStatement(FIND_OPEN)) {
                select.setString(1, emailNormalized);
                select.setString(2, phone);
                var candidates = new ArrayList<OpenLead>();
                try (var rows = select.executeQuery()) {
                    while (rows.next()) {
                        candidates.add(new OpenLead(
                                rows.getObject(1, UUID.class),
                                rows.getObject(2, OffsetDateTime.class),
                                rows.getObject(3, UUID.class) != null));
                    }
                }
                var byAge = Comparator.comparing(OpenLead::createdAt).thenComparing(OpenLead::id);
                return candidates.stream()
                        .filter(candidate -> !candidate.waitingAsDuplicate())
                        .max(byAge)
                        .or(() -> candidates.stream().min(byAge))
                        .map(OpenLead::id);
            }
        });
    }

    private record OpenLead(UUID id, OffsetDateTime createdAt, boolean waitingAsDuplicate) {}

    // the open statuses as literals: a fixed text PostgreSQL plans once per connection
    private static final String FIND_OPEN =
            "select id, created_at, possible_duplicate_of from leads where (email_normalized = ? or phone = ?)"
                    + " and status in ("
                    + LeadStatus.OPEN.stream()
                            .map(status -> "'" + status.name() + "'")
                            .collect(Collectors.joining(", "))
                    + ")";

    /**
     * Stores a new lead and its first timeline event in one statement: one round trip at the busiest moment of the
     * service, and no entity bookkeeping for rows this transaction does not touch again.
     */
    public void insertReceived(Lead lead, LeadEvent received) {
        jdbc(connection -> {
            try (var insert = connection.prepareStatement(INSERT_RECEIVED)) {
                Object[] values = {
                    lead.id,
                    lead.status.name(),
                    lead.firstName,
                    lead.lastName,
                    lead.email,
                    lead.emailNormalized,
                    lead.phone,
                    lead.zipCode,
                    lead.latitude,
                    lead.longitude,
                    lead.preferredLocationId,
                    name(lead.consultationMode),
                    CONDITIONS.convertToDatabaseColumn(lead.conditions),
                    name(lead.preferredContact),
                    lead.message,
                    lead.consentContact,
                    lead.consentSms,
                    lead.privacyNoticeVersion,
                    utc(lead.consentAt),
                    lead.consentIp,
                    lead.consentUserAgent,
                    name(lead.sourceChannel),
                    lead.sourcePageUrl,
                    lead.sourceReferrer,
                    lead.utmSource,
                    lead.utmMedium,
                    lead.utmCampaign,
                    lead.utmTerm,
                    lead.utmContent,
                    lead.referralCode,
                    lead.referralId,
                    lead.locationId,
                    lead.routingReason.name(),
                    lead.routingDistanceMiles,
                    utc(lead.createdAt),
                    utc(lead.updatedAt),
                    utc(lead.closedAt),
                    lead.possibleDuplicateOf,
                    received.type.name(),
                    received.actor,
                    utc(received.at),
                    name(received.toStatus),
                    received.locationId
                };
                for (int i = 0; i < values.length; i++) {
                    insert.setObject(i + 1, values[i]);
                }
                insert.executeUpdate();
                return null;
            }
        });
    }

    private static final String INSERT_RECEIVED =
            """
            with lead as (
                insert into leads (id, status, first_name, last_name, email, email_normalized, phone, zip_code,
                    latitude, longitude, preferred_location_id, consultation_mode, conditions, preferred_contact,
                    message, consent_contact, consent_sms, privacy_notice_version, consent_at, consent_ip,
                    consent_user_agent, source_channel, source_page_url, source_referrer, utm_source, utm_medium,
                    utm_campaign, utm_term, utm_content, referral_code, referral_id, location_id, routing_reason,
                    routing_distance_miles, created_at, updated_at, closed_at, possible_duplicate_of, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    ?, ?, ?, ?, ?, ?, ?, 0)
                returning id)
            insert into lead_events (lead_id, type, actor, at, to_status, location_id)
            select id, ?, ?, ?, ?, ? from lead""";

    private static final ConditionsConverter CONDITIONS = new ConditionsConverter();

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

    /** Runs on the connection of the current transaction. */
    private <T> T jdbc(ReturningWork<T> work) {
        return getEntityManager().unwrap(Session.class).doReturningWork(work);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
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
            // spam, and submissions merged into a person's lead, only when asked for
            where.add("status not in :hidden");
            parameters.and("hidden", List.of(LeadStatus.SPAM, LeadStatus.MERGED));
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

    /** The submissions linked to a lead, as possible duplicates waiting for staff or as merged into it; oldest first. */
    List<Lead> linkedTo(UUID leadId) {
        return list(
                "possibleDuplicateOf = ?1 or mergedInto = ?1",
                Sort.by("createdAt").and("id"),
                leadId);
    }

    /** Points the submissions waiting beside {@code from} at {@code to}, once {@code from} is merged into it. */
    void relinkPossibleDuplicates(UUID from, UUID to) {
        update(
                "possibleDuplicateOf = ?1 where possibleDuplicateOf = ?2 and status <> ?3 and id <> ?1",
                to,
                from,
                LeadStatus.MERGED);
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
