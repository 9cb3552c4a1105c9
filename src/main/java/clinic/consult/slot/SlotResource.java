package clinic.consult.slot;

import clinic.consult.http.QueryParameters;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/locations")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class SlotResource {

    private final SlotService slots;

    SlotResource(SlotService slots) {
        this.slots = slots;
    }

    @GET
    @Path("{id}/slots")
    public LocationSlots slots(
            @PathParam("id") String id,
            @QueryParam("type") String type,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        var parameters = new QueryParameters();
        var fromDate = parameters.date("from", from);
        var toDate = parameters.date("to", to);
        parameters.check();
        return slots.slots(id, type, fromDate, toDate);
    }
}
