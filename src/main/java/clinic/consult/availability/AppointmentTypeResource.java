package clinic.consult.availability;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/appointment-types")
@Tag(name = "Schedules")
@Produces(MediaType.APPLICATION_JSON)
public class AppointmentTypeResource {

    private final ScheduleService schedules;

    AppointmentTypeResource(ScheduleService schedules) {
        this.schedules = schedules;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listAppointmentTypes", summary = "What can be booked")
    @APIResponse(
            responseCode = "200",
            description = "The appointment types",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AppointmentTypeView.class)))
    public List<AppointmentTypeView> types() {
        return schedules.types();
    }
}
