package clinic.consult.availability;

import clinic.consult.http.QueryParameters;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/locations")
@Tag(name = "Availability", description = "Bookable consultation slots")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class SlotResource {

    private final AvailabilityService availability;

    SlotResource(AvailabilityService availability) {
        this.availability = availability;
    }

    @GET
    @Path("{id}/slots")
    @Operation(
            operationId = "listSlots",
            summary = "Bookable slots of one location",
            description = "Dates are local to the location; times carry the offset of their day. Booking any listed"
                    + " slot can only fail because someone else took it meanwhile (409).")
    @APIResponse(
            responseCode = "200",
            description = "Every date of the range with its slots",
            content = @Content(schema = @Schema(implementation = LocationSlots.class)))
    public LocationSlots slots(
            @Parameter(example = "tustin") @PathParam("id") String id,
            @Parameter(required = true, example = "in-person-consultation") @QueryParam("type") String type,
            @Parameter(
                            description = "First local date (default today at the location)",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description = "Last local date, included (default from + 13 days; at most 31 days)",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("to")
                    String to) {
        var parameters = new QueryParameters();
        var fromDate = parameters.date("from", from);
        var toDate = parameters.date("to", to);
        parameters.check();
        return availability.slots(id, type, fromDate, toDate);
    }
}
