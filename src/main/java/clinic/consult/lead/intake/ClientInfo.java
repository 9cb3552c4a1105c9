package clinic.consult.lead.intake;

import clinic.consult.contact.Language;
import clinic.consult.http.StrictJson;

/**
 * Who sent a public request, as recorded with consent: address (behind trusted proxies) and user agent; and the
 * language its {@code Accept-Language} asks for, for a request that does not say. The user
 * agent is whatever the client sent: a control character in it is replaced, and it is cut to what the consent record
 * keeps.
 */
public record ClientInfo(String ip, String userAgent, Language language) {

    private static final int MAX_USER_AGENT = 512;

    public ClientInfo {
        if (userAgent != null) {
            if (StrictJson.hasForbiddenCharacter(userAgent)) {
                userAgent = userAgent.replaceAll("[\\p{Cntrl}\\p{Cs}]", "?");
            }
            if (userAgent.length() > MAX_USER_AGENT) {
                userAgent = userAgent.substring(0, MAX_USER_AGENT);
            }
        }
    }
}
