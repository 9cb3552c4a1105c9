package clinic.consult.lead.intake;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** What the consultation form is told about fields that only make sense together; Spanish in intake_es. */
@MessageBundle(value = "intake", locale = "en")
public interface IntakeMessages {

    @Message("is not a location: use one of {ids}")
    String notALocation(String ids);

    @Message("must be given together with the other coordinate (latitude and longitude)")
    String onlyTogether();

    @Message("must be true when the preferred contact is SMS")
    String smsNeedsConsent();
}
