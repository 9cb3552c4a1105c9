package clinic.consult.notification;

import clinic.consult.db.Sql;
import clinic.consult.outbox.LeasedQueue;
import clinic.consult.outbox.LeasedTable;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID>, LeasedQueue {

    private final Sql sql;
    private final LeasedTable leases;

    NotificationRepository(Sql sql) {
        this.sql = sql;
        this.leases = new LeasedTable(sql, "notifications");
    }

    /**
     * Takes up to {@code limit} due messages for the worker holding {@code token}: counts the attempt and pushes them
     * a lease ahead, so that no other worker, on this instance or another, takes them while they are being sent. A
     * message waits while an earlier unsent one about the same appointment or to the same recipient exists, so each
     * person's messages go out in the order they were written. Rows another worker is claiming at this moment are
     * skipped, not waited for.
     */
    @Override
    public List<UUID> claim(Instant now, Instant leaseUntil, int limit, UUID token) {
        return sql.list(CLAIM, row -> Sql.uuid(row, 1), leaseUntil, now, token, now, limit);
    }

    private static final String CLAIM =
            """
            update notifications set next_attempt_at = ?, attempts = attempts + 1, last_attempt_at = ?, claim_token = ?
            where id in (
                select n.id from notifications n
                where n.status = 'PENDING' and n.next_attempt_at <= ?
                    and not exists (select 1 from notifications e where e.status = 'PENDING'
                        and e.appointment_id = n.appointment_id and e.seq < n.seq)
                    and not exists (select 1 from notifications e where e.status = 'PENDING'
                        and lower(e.recipient) = lower(n.recipient) and e.seq < n.seq)
                order by n.next_attempt_at, n.seq limit ? for update of n skip locked)
            returning id""";

    @Override
    public List<UUID> renew(Collection<UUID> ids, UUID token, Instant leaseUntil) {
        return leases.renew(ids, token, leaseUntil);
    }

    @Override
    public void release(Collection<UUID> ids, UUID token) {
        leases.release(ids, token);
    }

    /**
     * A message as the outbox holds it: ids and times, no personal data but its recipient; what it is about is for
     * {@link MailFactsReader} to add.
     */
    Optional<MailFacts> queued(UUID id) {
        return sql.first(
                "select id, type, channel, recipient, provider_id, message_id, lead_id, location_id, appointment_id,"
                        + " referral_id, sequence, starts_at, ends_at, waitlist_entry_id from notifications where id = ?",
                row -> new MailFacts(
                        Sql.uuid(row, 1),
                        NotificationType.valueOf(row.getString(2)),
                        Channel.valueOf(row.getString(3)),
                        row.getString(4),
                        row.getString(5),
                        row.getString(6),
                        Sql.uuid(row, 7),
                        row.getString(8),
                        Sql.uuid(row, 9),
                        Sql.uuid(row, 10),
                        (Integer) row.getObject(11),
                        Sql.instant(row, 12),
                        Sql.instant(row, 13),
                        null,
                        null,
                        java.util.Locale.ENGLISH,
                        false,
                        null,
                        null,
                        null,
                        false,
                        null,
                        null,
                        null,
                        List.of(),
                        Sql.uuid(row, 14),
                        null),
                id);
    }

    List<Notification> ofLead(UUID leadId) {
        return list("leadId", Sort.by("createdAt").and("id"), leadId);
    }

    /** Newest first. */
    PanacheQuery<Notification> withStatus(NotificationStatus status) {
        return find(
                "status", Sort.by("createdAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending), status);
    }

    /** How many messages of a type went to an address since then (addresses compared whatever their case). */
    long sentTo(String recipient, NotificationType type, Instant since) {
        return sql.first(
                        "select count(*) from notifications where lower(recipient) = lower(?) and type = ?"
                                + " and status = 'SENT' and sent_at >= ?",
                        row -> row.getLong(1),
                        recipient,
                        type,
                        since)
                .orElse(0L);
    }

    int attemptsOf(UUID id) {
        // the attempts as counted by the claim that took it
        return sql.first("select attempts from notifications where id = ?", row -> row.getInt(1), id)
                .orElse(0);
    }

    Outcome outcomeOf(UUID id, UUID token, Instant now) {
        return new Outcome(id, token, now);
    }

    /**
     * What became of a claimed message. Each applies only while the message is still PENDING and held by this claim
     * (an erasure that skipped it meanwhile stands, and so does another worker's claim after this one's lease ran
     * out), except that an email the server took is SENT whatever happened meanwhile.
     */
    final class Outcome {
        private static final String STILL_HELD = " where id = :id and status = :pending and claimToken = :token";
        private final UUID id;
        private final UUID token;
        private final Instant now;

        private Outcome(UUID id, UUID token, Instant now) {
            this.id = id;
            this.token = token;
            this.now = now;
        }

        /**
         * The server took it. Also over a SKIPPED that an erasure wrote while the email was on its way: it went, and
         * the record says so (the erasure has already removed the recipient).
         */
        void sent() {
            update(
                    "status = :sent, sentAt = :now, lastError = null, claimToken = null"
                            + " where id = :id and status in (:pending, :skipped)",
                    Parameters.with("sent", NotificationStatus.SENT)
                            .and("now", now)
                            .and("id", id)
                            .and("pending", NotificationStatus.PENDING)
                            .and("skipped", NotificationStatus.SKIPPED));
        }

        /** Twilio took the text: its id, status and segments, and SENT as for an email the server took. */
        void sentAsText(String providerId, String providerStatus, int segments) {
            update(
                    "status = :sent, sentAt = :now, lastError = null, claimToken = null, providerId = :provider,"
                            + " providerStatus = :providerStatus, segments = :segments"
                            + " where id = :id and status in (:pending, :skipped)",
                    Parameters.with("sent", NotificationStatus.SENT)
                            .and("now", now)
                            .and("provider", providerId)
                            .and("providerStatus", providerStatus)
                            .and("segments", segments)
                            .and("id", id)
                            .and("pending", NotificationStatus.PENDING)
                            .and("skipped", NotificationStatus.SKIPPED));
        }

        /** Not now, and not an attempt: due again at {@code at} (a text waiting out quiet hours). */
        void deferTo(Instant at, String reason) {
            change(
                    "nextAttemptAt = :at, attempts = attempts - 1, lastError = :reason",
                    Parameters.with("at", at).and("reason", reason));
        }

        /** Whether the message was still this claim's to skip. */
        boolean skipped(String reason) {
            return change(
                    "status = :status, lastError = :error",
                    Parameters.with("status", NotificationStatus.SKIPPED).and("error", reason));
        }

        /** Whether the message was still this claim's to fail. */
        boolean failed(String error) {
            return change(
                    "status = :status, lastError = :error",
                    Parameters.with("status", NotificationStatus.FAILED).and("error", error));
        }

        void retryAt(Instant at, String error) {
            change(
                    "nextAttemptAt = :at, lastError = :error",
                    Parameters.with("at", at).and("error", error));
        }

        private boolean change(String assignments, Parameters parameters) {
            return update(
                            assignments + ", claimToken = null" + STILL_HELD,
                            parameters
                                    .and("id", id)
                                    .and("pending", NotificationStatus.PENDING)
                                    .and("token", token))
                    > 0;
        }
    }

    /** How many texts went to a number since then. */
    long textsSentTo(String phone, Instant since) {
        return count(
                "channel = ?1 and recipient = ?2 and status = ?3 and sentAt >= ?4",
                Channel.SMS,
                phone,
                NotificationStatus.SENT,
                since);
    }

    /** The texts to a number not sent yet, locked: an opt-out turns them into emails. */
    List<Notification> lockPendingTextsTo(String phone) {
        return find(
                        "channel = ?1 and recipient = ?2 and status = ?3 order by createdAt, id",
                        Channel.SMS,
                        phone,
                        NotificationStatus.PENDING)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    /**
     * What Twilio reported of a text: its status (a later one never replaced by an earlier one arriving late), and its
     * id when the attempt that sent it could not record it. A text Twilio took is SENT, whatever the attempt recorded
     * meanwhile. Returns whether the text was ours.
     */
    Optional<Reported> providerReported(UUID id, String providerId, String status, String error, Instant at) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(text -> text.channel == Channel.SMS)
                .filter(text -> text.providerId == null || text.providerId.equals(providerId))
                .map(text -> new Reported(text, text.reported(providerId, status, error, at)));
    }

    /** A text Twilio told of, and whether that report just made it undeliverable (it goes by email then). */
    record Reported(Notification text, boolean undeliverable) {}

    /** How many messages wait, and since when the oldest. */
    Backlog backlog() {
        return sql.first(
                        "select count(*), min(created_at) from notifications where status = ?",
                        row -> new Backlog(row.getLong(1), Optional.ofNullable(Sql.instant(row, 2))),
                        NotificationStatus.PENDING)
                .orElseThrow();
    }

    record Backlog(long pending, Optional<Instant> oldest) {}

    /** A lead's personal data is erased: its messages forget their recipient, and those not sent yet never go. */
    int forgetLead(UUID leadId) {
        return forget("leadId", leadId);
    }

    /** Referral invitations forget the invitee's address once the referral is scrubbed. */
    int forgetReferral(UUID referralId) {
        return forget("referralId", referralId);
    }

    private int forget(String field, UUID id) {
        update(
                "status = :skipped, lastError = :reason where " + field + " = :id and status = :pending",
                Parameters.with("skipped", NotificationStatus.SKIPPED)
                        .and("reason", "personal data erased")
                        .and("id", id)
                        .and("pending", NotificationStatus.PENDING));
        return update("recipient = null where " + field + " = :id", Parameters.with("id", id));
    }
}
