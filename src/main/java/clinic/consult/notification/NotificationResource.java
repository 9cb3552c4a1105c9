package clinic.consult.notification;

import clinic.consult.http.QueryParameters;
import clinic.consult.problem.NotFoundException;
import clinic.consult.problem.Problem;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The outbox for admins: what failed, and sending it again. */
@Path("/api/v1/notifications")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "bearer")
public class NotificationResource {

    private final NotificationService notifications;
    private final StaffIdentity staff;

    NotificationResource(NotificationService notifications, StaffIdentity staff) {
        this.notifications = notifications;
        this.staff = staff;
    }

    @GET
    @Operation(
            operationId = "listNotifications",
            summary = "Emails by delivery status, newest first (admin, audited)",
            description = "Without status: the FAILED ones, which need an admin. PENDING shows the backlog.")
    @APIResponse(
            responseCode = "200",
            description = "One page of emails",
            content = @Content(schema = @Schema(implementation = NotificationPage.class)))
    public NotificationPage list(
            @Parameter(
                            description = "PENDING, SENT, FAILED or SKIPPED",
                            schema = @Schema(type = SchemaType.STRING, defaultValue = "FAILED"))
                    @QueryParam("status")
                    String status,
            @Parameter(description = "0-based", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
                    @QueryParam("page")
                    String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
                    @QueryParam("size")
                    String size,
            @Context HttpServerRequest http) {
        var query = new QueryParameters();
        var statuses = query.enums("status", status == null ? List.of() : List.of(status), NotificationStatus.class);
        if (statuses.size() > 1) {
            query.reject("status", "give one status");
        }
        int pageNumber = query.integer("page", page, 0, 0, 1_000_000);
        int pageSize = query.integer("size", size, 20, 1, 100);
        query.check();
        var wanted = statuses.isEmpty() ? NotificationStatus.FAILED : statuses.get(0);
        return notifications.page(wanted, pageNumber, pageSize, staff.current(http));
    }

    @POST
    @Path("{id}/retry")
    @Operation(
            operationId = "retryNotification",
            summary = "Send a FAILED email again (admin)",
            description = "One more attempt at the worker's next run (within seconds). If it fails, the email is"
                    + " FAILED again, with the new error.")
    @APIResponse(
            responseCode = "200",
            description = "The email, PENDING again",
            content = @Content(schema = @Schema(implementation = NotificationView.class)))
    @APIResponse(
            responseCode = "409",
            description = "The email is not FAILED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NotificationView retry(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Context HttpServerRequest http) {
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
