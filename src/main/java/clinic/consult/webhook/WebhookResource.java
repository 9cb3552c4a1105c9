package clinic.consult.webhook;

import clinic.consult.http.IfMatch;
import clinic.consult.http.QueryParameters;
import clinic.consult.problem.NotFoundException;
import clinic.consult.security.Roles;
import clinic.consult.security.StaffIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Webhook subscriptions of the clinic's other systems, for admins. */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class WebhookResource {

    private final WebhookService webhooks;
    private final StaffIdentity staff;

    WebhookResource(WebhookService webhooks, StaffIdentity staff) {
        this.webhooks = webhooks;
        this.staff = staff;
    }

    @GET
    public List<WebhookView> list() {
        return webhooks.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull WebhookRequest body, @Context HttpServerRequest http) {
        var created = webhooks.create(body, staff.current(http));
        return Response.created(
                        URI.create("/api/v1/webhooks/" + created.webhook().id()))
                .entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        var webhook = webhooks.get(webhookId(id));
        return Response.ok(webhook.value()).tag(webhook.etag()).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull WebhookRequest body,
            @Context HttpServerRequest http) {
        var webhook = webhooks.update(webhookId(id), body, IfMatch.expectedVersion(ifMatch), staff.current(http));
        return Response.ok(webhook.value()).tag(webhook.etag()).build();
    }

    @DELETE
    @Path("{id}")
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    public Response delete(@PathParam("id") String id, @Context HttpServerRequest http) {
        webhooks.delete(webhookId(id), staff.current(http));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/secrets")
    public Response rotateSecret(@PathParam("id") String id, @Context HttpServerRequest http) {
        return Response.status(Response.Status.CREATED)
                .entity(webhooks.rotateSecret(webhookId(id), staff.current(http)))
                .build();
    }

    @POST
    @Path("{id}/pings")
    public Response ping(@PathParam("id") String id) {
        return Response.accepted(webhooks.ping(webhookId(id))).build();
    }

    @GET
    @Path("{id}/deliveries")
    public DeliveryPage deliveries(
            @PathParam("id") String id,
            @QueryParam("status") String status,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        var query = new QueryParameters();
        var statuses = query.enums("status", status == null ? List.of() : List.of(status), DeliveryStatus.class);
        if (statuses.size() > 1) {
            query.reject("status", "give one status");
        }
        int pageNumber = query.page(page);
        int pageSize = query.pageSize(size, 20);
        query.check();
        return webhooks.deliveries(webhookId(id), statuses.stream().findFirst(), pageNumber, pageSize);
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/redeliver")
    public Response redeliver(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        UUID delivery;
        try {
            delivery = UUID.fromString(deliveryId);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Delivery", deliveryId);
        }
        return Response.accepted(webhooks.redeliver(webhookId(id), delivery)).build();
    }

    @POST
    @Path("{id}/replays")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replay(@PathParam("id") String id, @Valid @NotNull ReplayRequest body) {
        return Response.accepted(webhooks.replay(webhookId(id), body)).build();
    }

    private static UUID webhookId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Webhook", id);
        }
    }
}
