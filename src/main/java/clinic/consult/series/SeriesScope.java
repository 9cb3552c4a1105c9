package clinic.consult.series;

import clinic.consult.lead.LeadProgress;
import clinic.consult.problem.NotFoundException;
import clinic.consult.schedule.PlanRules;
import clinic.consult.schedule.ScheduleService;
import clinic.consult.schedule.SeriesPlanService;
import clinic.consult.security.Staff;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.UUID;

/**
 * What a series request may touch: a treatment plan at a location the staff member works at, for a lead of their
 * locations. Another location's lead is the 404 of one that does not exist.
 */
@ApplicationScoped
class SeriesScope {

    private final SeriesPlanService plans;
    private final ScheduleService schedules;
    private final LeadProgress leads;

    SeriesScope(SeriesPlanService plans, ScheduleService schedules, LeadProgress leads) {
        this.plans = plans;
        this.schedules = schedules;
        this.leads = leads;
    }

    /** A plan at a location, with the location's zone. */
    record Where(PlanRules plan, ZoneId zone) {}

    Where check(String locationId, String planId, Staff staff) {
        var plan = plans.rulesOf(planId, "planId");
        schedules.checkTreatment(locationId, plan.typeId(), "planId");
        if (!staff.mayWorkAt(locationId)) {
            throw new ForbiddenException();
        }
        return new Where(plan, schedules.zoneOf(locationId));
    }

    void checkLead(UUID leadId, Staff staff) {
        var location = leads.locationOf(leadId);
        if (location.isEmpty() || !staff.mayWorkAt(location.get())) {
            throw new NotFoundException("Lead", leadId);
        }
    }

    /** The rules of the plan a series was booked under. */
    PlanRules planOf(String planId) {
        return plans.rulesOf(planId, "planId");
    }

    /** What staff typed (a reason), stripped; null when they typed nothing. */
    static String given(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    ZoneId zoneOf(String locationId) {
        return schedules.zoneOf(locationId);
    }
}
