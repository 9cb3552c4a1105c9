package clinic.consult.lead;

import clinic.consult.routing.RoutingReason;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a consultation request. Built only from this submission, so it never reveals whether the person
 * was known before.
 */
@Schema(
        name = "LeadReceipt",
        example =
                """
                {"id":"0b8f5d2e-7c1a-4d59-9a57-3f0e6f1c2b4a","receivedAt":"2026-11-21T17:05:00Z",\
                "location":{"id":"tustin","name":"Tustin","phone":null},\
                "routing":{"reason":"NEAREST","distanceMiles":1.2},\
                "leadToken":"C4_Nfnwh1NmaVz8ObxwrSgAAAABpQmq7m7K2sTqPYyq7kKM3y1c2mQ"}""")
public record LeadReceipt(
        @Schema(required = true) UUID id,
        @Schema(required = true) Instant receivedAt,
        @Schema(required = true) LocationSummary location,
        @Schema(required = true) Routing routing,
        @Schema(
                        required = true,
                        description = "Lets this person book a consultation (POST /api/v1/appointments) for 24 hours"
                                + " without sending their details again; keep it private")
                String leadToken) {

    @Schema(name = "LeadLocation")
    public record LocationSummary(
            @Schema(required = true) String id,
            @Schema(required = true) String name,
            @Schema(nullable = true, description = "E.164") String phone) {}

    @Schema(name = "LeadRouting")
    public record Routing(
            @Schema(required = true) RoutingReason reason,
            @Schema(nullable = true, description = "For NEAREST: great-circle miles") Double distanceMiles) {}
}
