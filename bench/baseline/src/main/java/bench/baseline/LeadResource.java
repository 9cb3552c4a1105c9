package bench.baseline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The same request body as the service's consultation form: validated, one insert, 201. */
@Path("/api/v1/leads")
public class LeadResource {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LeadRequest(
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 40) String phone,
            @Pattern(regexp = "\\d{5}(-\\d{4})?") String zipCode,
            @Size(max = 2000) String message,
            @NotNull Map<String, Object> consent) {}

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(@Valid @NotNull LeadRequest request) {
        var submission = new Submission();
        submission.id = UUID.randomUUID();
        submission.firstName = request.firstName();
        submission.lastName = request.lastName();
        submission.email = request.email();
        submission.phone = request.phone();
        submission.zipCode = request.zipCode();
        submission.message = request.message();
        submission.createdAt = Instant.now();
        submission.persist();
        return Response.created(URI.create("/api/v1/leads/" + submission.id))
                .entity(Map.of("id", submission.id))
                .build();
    }
}
