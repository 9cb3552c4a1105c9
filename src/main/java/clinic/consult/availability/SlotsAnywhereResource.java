package clinic.consult.availability;

import clinic.consult.http.QueryParameters;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/slots")
@Tag(name = "Availability")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class SlotsAnywhereResource {

    private final AvailabilityService availability;

    SlotsAnywhereResource(AvailabilityService availability) {
        this.availability = availability;
    }

    @GET
    @Operation(
            operationId = "findSlotsAnywhere",
            summary = "Bookable slots across locations, and the first available anywhere")
    @APIResponse(
            responseCode = "200",
            description = "Each location's slots and first available slot, and the soonest of all",
            content = @Content(schema = @Schema(implementation = SlotsAnywhere.class)))
    public SlotsAnywhere slotsAnywhere(
            @Parameter(required = true, example = "virtual-consultation") @QueryParam("type") String type,
            @Parameter(
                            description = "First local date (default today)",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description = "Last local date, included (default from + 13 days; at most 31 days)",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("to")
                    String to,
            @Parameter(
                            description = "Location ids, comma-separated; the parameter may also repeat. Default: all",
                            schema = @Schema(type = SchemaType.STRING, example = "tustin,seal-beach"))
                    @QueryParam("locationId")
                    List<String> locationId) {
        var parameters = new QueryParameters();
        var fromDate = parameters.date("from", from);
        var toDate = parameters.date("to", to);
        var locations = parameters.strings(locationId);
        parameters.check();
        return availability.slotsAnywhere(type, fromDate, toDate, locations);
    }
}
