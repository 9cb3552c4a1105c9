package clinic.consult.slot;

import clinic.consult.problem.DomainException;
import clinic.consult.problem.ProblemReason;
import clinic.consult.problem.ProblemType;
import java.util.Locale;

/** The time is not a slot at all, whatever is booked: the reason says which rule. */
public class SlotNotBookableException extends DomainException {

    private final SlotRules.Refusal refusal;

    public SlotNotBookableException(SlotRules.Refusal refusal) {
        super(ProblemType.SLOT_NOT_BOOKABLE, describe(refusal));
        this.refusal = refusal;
    }

    @Override
    public ProblemReason reason() {
        return ProblemReason.valueOf(refusal.name());
    }

    private static String describe(SlotRules.Refusal refusal) {
        return switch (refusal) {
                    case MISALIGNED -> "The start is not on the schedule's slot grid";
                    case OUTSIDE_HOURS -> "The location does not offer this type at that time";
                    case CLOSED -> "The location is closed at that time";
                    case PAST -> "The time has passed";
                    case TOO_SOON -> "The time is inside the minimum notice";
                    case BEYOND_HORIZON -> "The time is beyond the booking horizon";
                } + " (" + refusal.name().toLowerCase(Locale.ROOT) + ")";
    }
}
