package clinic.consult.calendar;

import clinic.consult.http.ClientAddress;
import clinic.consult.http.TokenFailures;
import clinic.consult.problem.NotFoundException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/**
 * A location's calendar feed, for the calendar apps staff subscribe with: the secret key in the URL is the only
 * credential (an app cannot send a bearer token). A wrong key counts against the client's budget of wrong tokens; a right one always works.
 */
@Path("/api/v1/calendars")
@PermitAll
public class CalendarResource {

    static final String CALENDAR = "text/calendar";

    private final CalendarService calendars;
    private final ClientAddress clientAddress;
    private final TokenFailures tokenFailures;

    CalendarResource(CalendarService calendars, ClientAddress clientAddress, TokenFailures tokenFailures) {
        this.calendars = calendars;
        this.clientAddress = clientAddress;
        this.tokenFailures = tokenFailures;
    }

    @GET
    @Path("{key}/{locationId}.ics")
    @Produces({CALENDAR + ";charset=utf-8", "application/problem+json"})
    public Response feed(
            @PathParam("key") String key, @PathParam("locationId") String locationId, @Context HttpServerRequest http) {
        var client = clientAddress.of(http);
        var calendar = calendars.calendar(key, locationId, client);
        if (calendar.isEmpty()) {
            tokenFailures.failed(ClientAddress.budgetKey(client), "calendar");
            throw new NotFoundException("Calendar", locationId);
        }
        return Response.ok(calendar.get(), CALENDAR + ";charset=utf-8").build();
    }
}
