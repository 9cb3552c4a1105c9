package clinic.consult.notification;

import clinic.consult.http.ClientAddress;
import clinic.consult.http.TokenFailures;
import clinic.consult.problem.NotFoundException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;

/**
 * Follows a text's short link to the appointment's manage page, with a token issued now. A link whose appointment
 * has moved on (rescheduled, cancelled, over) is gone, like the token it stood for. A code is a token: wrong ones
 * count against the client's budget of wrong tokens, as on every token route.
 */
@Path("/s")
public class ShortLinkResource {

    private final ShortLinks links;
    private final MailSubjects.Appointments appointments;
    private final MailSubjects.Waitlist waitlist;
    private final MailRenderer pages;
    private final ClientAddress clientAddress;
    private final TokenFailures tokenFailures;
    private final Clock clock;

    ShortLinkResource(
            ShortLinks links,
            MailSubjects.Appointments appointments,
            MailSubjects.Waitlist waitlist,
            MailRenderer pages,
            ClientAddress clientAddress,
            TokenFailures tokenFailures,
            Clock clock) {
        this.links = links;
        this.appointments = appointments;
        this.waitlist = waitlist;
        this.pages = pages;
        this.clientAddress = clientAddress;
        this.tokenFailures = tokenFailures;
        this.clock = clock;
    }

    @GET
    @Path("/{code}")
    public Response follow(@PathParam("code") String code, @Context HttpServerRequest http) {
        var target = QuarkusTransaction.requiringNew()
                .call(() -> links.alive(code, clock.instant()).flatMap(this::target));
        if (target.isEmpty()) {
            tokenFailures.failed(ClientAddress.budgetKey(clientAddress.of(http)), "short-link");
            throw new NotFoundException("Link", code);
        }
        return Response.status(Response.Status.FOUND)
                .location(URI.create(target.get()))
                .build();
    }

    private Optional<String> target(ShortLink link) {
        if (link.waitlistEntryId != null) {
            return waitlist.waiting(link.waitlistEntryId)
                    .filter(MailSubjects.Waiting::inLine)
                    .map(waiting -> pages.waitlistUrl(link.waitlistEntryId));
        }
        return appointments
                .visit(link.appointmentId)
                .filter(visit -> "BOOKED".equals(visit.status()) && visit.sequence() == link.sequence)
                .map(visit -> pages.manageUrl(link.appointmentId, link.sequence));
    }
}
