package clinic.consult.slot;

import clinic.consult.http.QueryParameters;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("/api/v1/slots")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class SlotsAnywhereResource {

    private final SlotService slots;

    SlotsAnywhereResource(SlotService slots) {
        this.slots = slots;
    }

    @GET
    public SlotsAnywhere slotsAnywhere(
            @QueryParam("type") String type,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("locationId") List<String> locationId) {
        var parameters = new QueryParameters();
        var fromDate = parameters.date("from", from);
        var toDate = parameters.date("to", to);
        var locations = parameters.strings(locationId);
        parameters.check();
        return slots.slotsAnywhere(type, fromDate, toDate, locations);
    }
}
