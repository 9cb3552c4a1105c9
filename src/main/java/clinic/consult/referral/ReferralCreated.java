package clinic.consult.referral;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The same answer whether or not an invitation goes out, so nobody learns who was invited before. */
@Schema(name = "ReferralCreated", example = "{\"code\":\"K7M2QX9TRA\"}")
public record ReferralCreated(
        @Schema(required = true, description = "Give it to the consultation form as referralCode") String code) {}
