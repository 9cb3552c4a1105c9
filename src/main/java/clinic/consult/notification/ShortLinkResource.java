package clinic.consult.notification;

import clinic.consult.problem.NotFoundException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;

/**
 * Follows a text's short link to the appointment's manage page, with a token issued now. A link whose appointment
 * has moved on (rescheduled, cancelled, over) is gone, like the token it stood for.
 */
@Path("/s")
public class ShortLinkResource {

    private final ShortLinks links;
    private final MailSubjects.Appointments appointments;
    private final MailRenderer pages;
    private final Clock clock;

    ShortLinkResource(ShortLinks links, MailSubjects.Appointments appointments, MailRenderer pages, Clock clock) {
        this.links = links;
        this.appointments = appointments;
        this.pages = pages;
        this.clock = clock;
    }

    @GET
    @Path("/{code}")
    public Response follow(@PathParam("code") String code) {
        var target = QuarkusTransaction.requiringNew().call(() -> links.alive(code, clock.instant())
                .filter(link -> appointments
                        .visit(link.appointmentId)
                        .filter(visit -> "BOOKED".equals(visit.status()) && visit.sequence() == link.sequence)
                        .isPresent())
                .map(link -> pages.manageUrl(link.appointmentId, link.sequence)));
        return Response.status(Response.Status.FOUND)
                .location(URI.create(target.orElseThrow(() -> new NotFoundException("link", code))))
                .build();
    }
}
