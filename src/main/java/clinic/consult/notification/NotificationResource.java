package clinic.consult.notification;

import clinic.consult.http.QueryParameters;
import clinic.consult.problem.NotFoundException;
import clinic.consult.security.Roles;
import clinic.consult.security.StaffIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/** The outbox for admins: what failed, and sending it again. */
@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class NotificationResource {

    private final NotificationService notifications;
    private final StaffIdentity staff;

    NotificationResource(NotificationService notifications, StaffIdentity staff) {
        this.notifications = notifications;
        this.staff = staff;
    }

    @GET
    public NotificationPage list(
            @QueryParam("status") String status,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @Context HttpServerRequest http) {
        var query = new QueryParameters();
        var statuses = query.enums("status", status == null ? List.of() : List.of(status), NotificationStatus.class);
        if (statuses.size() > 1) {
            query.reject("status", "give one status");
        }
        int pageNumber = query.page(page);
        int pageSize = query.pageSize(size, 20);
        query.check();
        var wanted = statuses.isEmpty() ? NotificationStatus.FAILED : statuses.get(0);
        return notifications.page(wanted, pageNumber, pageSize, staff.current(http));
    }

    @POST
    @Path("{id}/retry")
    public NotificationView retry(@PathParam("id") String id, @Context HttpServerRequest http) {
        return notifications.retry(notificationId(id), staff.current(http));
    }

    private static UUID notificationId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Notification", id);
        }
    }
}
