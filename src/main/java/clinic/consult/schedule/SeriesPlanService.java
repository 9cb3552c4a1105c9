package clinic.consult.schedule;

import clinic.consult.http.Versioned;
import clinic.consult.problem.InvalidFieldsException;
import clinic.consult.problem.NotFoundException;
import clinic.consult.problem.PreconditionFailedException;
import clinic.consult.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/** The treatments' series plans: how many infusions, over how many days, how far apart. */
@ApplicationScoped
public class SeriesPlanService {

    private static final Logger LOG = Logger.getLogger(SeriesPlanService.class);

    private final SeriesPlanRepository plans;
    private final Clock clock;

    SeriesPlanService(SeriesPlanRepository plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    public List<SeriesPlanView> plans() {
        return plans.listAll().stream()
                .sorted(Comparator.comparing((SeriesPlan p) -> p.id))
                .map(SeriesPlanView::of)
                .toList();
    }

    public Versioned<SeriesPlanView> plan(String planId) {
        var plan = find(planId);
        return new Versioned<>(SeriesPlanView.of(plan), plan.version);
    }

    /** The rules of a plan a request names, or a bad field when it names none. */
    public PlanRules rulesOf(String planId, String field) {
        return plans.findByIdOptional(planId)
                .map(SeriesPlan::rules)
                .orElseThrow(() -> new InvalidFieldsException(List.of(Problem.FieldError.notOneOf(
                        field,
                        "a series plan",
                        plans.listAll().stream().map(p -> p.id).toList()))));
    }

    @Transactional
    public Versioned<SeriesPlanView> update(
            String planId, SeriesPlanUpdate update, Optional<Long> expectedVersion, String actor) {
        var plan = find(planId);
        if (expectedVersion.isPresent() && expectedVersion.get() != plan.version) {
            throw new PreconditionFailedException("Series plan '" + planId + "'");
        }
        var errors = new ArrayList<Problem.FieldError>();
        if (update.minSpanDays() > update.maxSpanDays()) {
            errors.add(new Problem.FieldError("minSpanDays", "must not be more than maxSpanDays"));
        }
        // the shortest way to fit the infusions at the plan's spacing must fit the longest span
        int tightest = (update.infusions() - 1) * update.minDaysApart() + 1;
        if (tightest > update.maxSpanDays()) {
            errors.add(new Problem.FieldError(
                    "maxSpanDays",
                    "%d infusions at least %d days apart need at least %d days"
                            .formatted(update.infusions(), update.minDaysApart(), tightest)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        plan.name = update.name().strip();
        plan.infusions = update.infusions();
        plan.minSpanDays = update.minSpanDays();
        plan.maxSpanDays = update.maxSpanDays();
        plan.minDaysApart = update.minDaysApart();
        plan.weekdays =
                update.weekdays().isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(update.weekdays());
        plan.updatedAt = clock.instant();
        plans.flush();
        LOG.infof("Series plan %s replaced by %s", planId, actor);
        return new Versioned<>(SeriesPlanView.of(plan), plan.version);
    }

    private SeriesPlan find(String planId) {
        return plans.findByIdOptional(planId).orElseThrow(() -> new NotFoundException("Series plan", planId));
    }
}
