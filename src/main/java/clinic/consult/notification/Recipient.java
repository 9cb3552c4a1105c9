package clinic.consult.notification;

/**
 * A person as the outbox reaches them: their email, their phone in E.164, and whether they chose texts and gave
 * consent to them on their form.
 */
public record Recipient(String email, String phone, boolean wantsTexts) {}
