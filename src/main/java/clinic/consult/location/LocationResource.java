package clinic.consult.location;

import clinic.consult.http.IfMatch;
import clinic.consult.problem.Problem;
import clinic.consult.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/locations")
@Tag(name = "Locations", description = "The clinic's locations: address, phone, inbox, time zone")
@Produces(MediaType.APPLICATION_JSON)
public class LocationResource {

    private final LocationService locations;

    LocationResource(LocationService locations) {
        this.locations = locations;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listLocations", summary = "List the clinic's locations")
    @APIResponse(
            responseCode = "200",
            description = "All locations, by name",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = LocationView.class)))
    public List<LocationView> list() {
        return locations.list();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getLocation", summary = "Get one location")
    @APIResponse(
            responseCode = "200",
            description = "The location",
            headers = @Header(name = HttpHeaders.ETAG, description = "Version, for If-Match on update"),
            content = @Content(schema = @Schema(implementation = LocationView.class)))
    public Response get(@Parameter(example = "tustin") @PathParam("id") String id) {
        var location = locations.get(id);
        return Response.ok(location.value()).tag(location.etag()).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "updateLocation",
            summary = "Update a location (admin)",
            description = "Replaces the location's editable facts. Send If-Match with the ETag you read to avoid"
                    + " overwriting another admin's change.")
    @APIResponse(
            responseCode = "200",
            description = "The updated location",
            headers = @Header(name = HttpHeaders.ETAG, description = "New version"),
            content = @Content(schema = @Schema(implementation = LocationView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Another location has this name",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "412",
            description = "If-Match names an outdated version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "The time zone does not fit the address",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(
            @Parameter(example = "tustin") @PathParam("id") String id,
            @Parameter(description = "ETag from a previous read", example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            @Valid @NotNull LocationUpdate body) {
        var location = locations.update(id, body, IfMatch.expectedVersion(ifMatch));
        return Response.ok(location.value()).tag(location.etag()).build();
    }
}
