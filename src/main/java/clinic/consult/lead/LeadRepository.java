package clinic.consult.lead;

import static clinic.consult.db.Sql.nullable;

import clinic.consult.db.AdvisoryLocks;
import clinic.consult.db.Sql;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class LeadRepository implements PanacheRepositoryBase<Lead, UUID> {

    private final Sql sql;
    private final AdvisoryLocks locks;

    LeadRepository(Sql sql, AdvisoryLocks locks) {
        this.sql = sql;
        this.locks = locks;
    }

    /**
     * The open lead a new submission of this normalised email or phone is a possible duplicate of: the newest open
     * lead that is not itself waiting as a possible duplicate, else the oldest open one. No ORDER BY ... LIMIT in SQL:
     * with one, PostgreSQL walks the whole created_at index looking for a person who usually is not there. Plain JDBC
     * like the other statements of intake: it runs on every consultation request, and it usually finds nothing. The
     * person's locks (on their email and on their phone) are taken first, in the same round trip, and held until the
     * transaction ends.
     */
    public Optional<UUID> lockPersonAndFindTheirLead(String emailNormalized, String phone) {
        // one person's concurrent submissions take turns, across instances, so that one of them is the lead the
        // others are linked to; the look-up sees the one before it, committed while it waited
        var candidates = locks.lockThenList(
                List.of("lead-email:" + emailNormalized, "lead-phone:" + phone),
                FIND_OPEN,
                row -> new OpenLead(Sql.uuid(row, 1), Sql.instant(row, 2), Sql.uuid(row, 3) != null),
                emailNormalized,
                phone);
        var byAge = Comparator.comparing(OpenLead::createdAt).thenComparing(OpenLead::id);
        return candidates.stream()
                .filter(candidate -> !candidate.waitingAsDuplicate())
                .max(byAge)
                .or(() -> candidates.stream().min(byAge))
                .map(OpenLead::id);
    }

    private record OpenLead(UUID id, Instant createdAt, boolean waitingAsDuplicate) {}

    // the open statuses as literals: a fixed text PostgreSQL plans once per connection
    private static final String FIND_OPEN =
            "select id, created_at, possible_duplicate_of from leads where (email_normalized = ? or phone = ?)"
                    + " and status in ("
                    + LeadStatus.OPEN.stream()
                            .map(status -> "'" + status.name() + "'")
                            .collect(Collectors.joining(", "))
                    + ")";

    /**
     * Stores a new lead, its first timeline event and what comes {@code alongside} (its messages in the outbox, its
     * webhook event) in one statement: one round trip at the busiest moment of the service, and no entity bookkeeping
     * for rows this transaction does not touch again. PostgreSQL checks the rows' references to the lead at the
     * statement's end.
     */
    public void insertReceived(Lead lead, LeadEvent received, List<Sql.Part> alongside) {
        var parts = new ArrayList<Sql.Part>(alongside.size() + 2);
        parts.add(new Sql.Part(
                "lead",
                INSERT_LEAD,
                // every nullable value with its type, so that the statement keeps one prepared form
                Arrays.asList(
                        lead.id,
                        lead.status,
                        nullable(lead.firstName, String.class),
                        nullable(lead.lastName, String.class),
                        nullable(lead.email, String.class),
                        nullable(lead.emailNormalized, String.class),
                        nullable(lead.phone, String.class),
                        nullable(lead.zipCode, String.class),
                        nullable(lead.latitude, Double.class),
                        nullable(lead.longitude, Double.class),
                        nullable(lead.preferredLocationId, String.class),
                        nullable(lead.consultationMode, ConsultationMode.class),
                        nullable(CONDITIONS.convertToDatabaseColumn(lead.conditions), String.class),
                        nullable(lead.preferredContact, PreferredContact.class),
                        nullable(lead.message, String.class),
                        nullable(lead.consentContact, Boolean.class),
                        nullable(lead.consentSms, Boolean.class),
                        nullable(lead.privacyNoticeVersion, String.class),
                        nullable(lead.consentAt, Instant.class),
                        nullable(lead.consentIp, String.class),
                        nullable(lead.consentUserAgent, String.class),
                        nullable(lead.sourceChannel, LeadChannel.class),
                        nullable(lead.sourcePageUrl, String.class),
                        nullable(lead.sourceReferrer, String.class),
                        nullable(lead.utmSource, String.class),
                        nullable(lead.utmMedium, String.class),
                        nullable(lead.utmCampaign, String.class),
                        nullable(lead.utmTerm, String.class),
                        nullable(lead.utmContent, String.class),
                        nullable(lead.referralCode, String.class),
                        nullable(lead.referralId, UUID.class),
                        lead.locationId,
                        lead.routingReason,
                        nullable(lead.routingDistanceMiles, Double.class),
                        lead.createdAt,
                        lead.updatedAt,
                        nullable(lead.closedAt, Instant.class),
                        nullable(lead.possibleDuplicateOf, UUID.class))));
        parts.addAll(alongside);
        parts.add(new Sql.Part(
                "lead_event",
                INSERT_EVENT,
                Arrays.asList(received.type, received.actor, received.at, received.toStatus, received.locationId)));
        sql.update(parts);
    }

    private static final String INSERT_LEAD =
            """
            insert into leads (id, status, first_name, last_name, email, email_normalized, phone, zip_code, latitude,
                longitude, preferred_location_id, consultation_mode, conditions, preferred_contact, message,
                consent_contact, consent_sms, privacy_notice_version, consent_at, consent_ip, consent_user_agent,
                source_channel, source_page_url, source_referrer, utm_source, utm_medium, utm_campaign, utm_term,
                utm_content, referral_code, referral_id, location_id, routing_reason, routing_distance_miles,
                created_at, updated_at, closed_at, possible_duplicate_of, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                ?, ?, ?, ?, ?, 0)
            returning id""";

    private static final String INSERT_EVENT =
            """
            insert into lead_events (lead_id, type, actor, at, to_status, location_id)
            select id, ?, ?, ?, ?, ? from lead""";

    private static final ConditionsConverter CONDITIONS = new ConditionsConverter();

    /** Leads received per location since a moment, spam left out. */
    public Map<String, Long> countByLocationSince(Instant since) {
        var counts = new HashMap<String, Long>();
        sql.list(
                        "select location_id, count(*) from leads where created_at >= ? and status <> ? group by"
                                + " location_id",
                        row -> Map.entry(row.getString(1), row.getLong(2)),
                        since,
                        LeadStatus.SPAM)
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    /** The submissions linked to a lead, as possible duplicates waiting for staff or as merged into it; oldest first. */
    public List<Lead> linkedTo(UUID leadId) {
        return list(
                "possibleDuplicateOf = ?1 or mergedInto = ?1",
                Sort.by("createdAt").and("id"),
                leadId);
    }

    /** Points the submissions waiting beside {@code from} at {@code to}, once {@code from} is merged into it. */
    public void relinkPossibleDuplicates(UUID from, UUID to) {
        update(
                "possibleDuplicateOf = ?1 where possibleDuplicateOf = ?2 and status <> ?3 and id <> ?1",
                to,
                from,
                LeadStatus.MERGED);
    }

    /** Leads closed before the cut-off whose personal data is still there, locked so instances share the work. */
    public List<UUID> lockClosedBefore(Instant cutoff, int limit) {
        return sql.list(
                "select id from leads where closed_at < ? and erased_at is null order by closed_at limit ?"
                        + " for update skip locked",
                row -> Sql.uuid(row, 1),
                cutoff,
                limit);
    }
}
