package clinic.consult.schedule;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("/api/v1/appointment-types")
@Produces(MediaType.APPLICATION_JSON)
public class AppointmentTypeResource {

    private final ScheduleService schedules;

    AppointmentTypeResource(ScheduleService schedules) {
        this.schedules = schedules;
    }

    @GET
    @PermitAll
    public List<AppointmentTypeView> types() {
        return schedules.types();
    }
}
