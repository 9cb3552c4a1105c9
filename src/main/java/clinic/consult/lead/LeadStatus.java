package clinic.consult.lead;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The lead pipeline. {@code NEW → CONTACTED → CONSULT_BOOKED → CONSULTED → CONVERTED}, with {@code NO_SHOW},
 * {@code NOT_A_FIT}, {@code LOST} and {@code SPAM} on the side. Closed leads may be reopened by staff when a person
 * comes back ({@code LOST}/{@code NOT_A_FIT} → {@code CONTACTED}) or a real request was caught as spam. {@code MERGED}
 * is where a person's second submission ends when staff merge it into their lead: final, and reached only by the
 * merge, never by a status change.
 */
public enum LeadStatus {
    NEW,
    CONTACTED,
    CONSULT_BOOKED,
    CONSULTED,
    CONVERTED,
    NO_SHOW,
    NOT_A_FIT,
    LOST,
    SPAM,
    MERGED;

    /** The statuses a lead may move to from this one. */
    public Set<LeadStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(CONTACTED, CONSULT_BOOKED, NOT_A_FIT, LOST, SPAM);
            case CONTACTED -> EnumSet.of(CONSULT_BOOKED, NOT_A_FIT, LOST, SPAM);
            case CONSULT_BOOKED -> EnumSet.of(CONSULTED, NO_SHOW, CONTACTED, NOT_A_FIT, LOST);
            case CONSULTED -> EnumSet.of(CONVERTED, CONSULT_BOOKED, NOT_A_FIT, LOST);
            case NO_SHOW -> EnumSet.of(CONTACTED, CONSULT_BOOKED, NOT_A_FIT, LOST);
            case NOT_A_FIT, LOST -> EnumSet.of(CONTACTED);
            case SPAM -> EnumSet.of(NEW);
            case CONVERTED, MERGED -> EnumSet.noneOf(LeadStatus.class);
        };
    }

    public boolean canMoveTo(LeadStatus target) {
        return next().contains(target);
    }

    /** Open leads are still being worked: a new submission of the same person is linked to one. */
    public boolean isOpen() {
        return OPEN.contains(this);
    }

    public static final Set<LeadStatus> OPEN = EnumSet.of(NEW, CONTACTED, CONSULT_BOOKED, CONSULTED, NO_SHOW);

    public static List<String> names(Set<LeadStatus> statuses) {
        return statuses.stream().map(Enum::name).toList();
    }
}
