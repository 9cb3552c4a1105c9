package clinic.consult.lead;

import clinic.consult.notification.MailSubjects;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** What a message may say of a lead's person: the first name it greets, their email, whether the lead is erased. */
@ApplicationScoped
class LeadMailSubjects implements MailSubjects.Leads {

    private final LeadRepository leads;

    LeadMailSubjects(LeadRepository leads) {
        this.leads = leads;
    }

    @Override
    public Optional<MailSubjects.Person> person(UUID leadId) {
        return leads.findByIdOptional(leadId)
                .map(lead ->
                        new MailSubjects.Person(lead.firstName, lead.email, lead.language.locale(), lead.isErased()));
    }

    @Override
    public Optional<java.util.Locale> languageOfNumber(String phone) {
        return leads.find("phone = ?1 and erasedAt is null order by createdAt desc", phone)
                .firstResultOptional()
                .map(lead -> lead.language.locale());
    }
}
