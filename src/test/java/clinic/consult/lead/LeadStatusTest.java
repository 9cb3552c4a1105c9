package clinic.consult.lead;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeadStatusTest {

    @Test
    void shouldFollowThePipelineForward() {
        assertThat(LeadStatus.NEW.canMoveTo(LeadStatus.CONTACTED)).isTrue();
        assertThat(LeadStatus.CONTACTED.canMoveTo(LeadStatus.CONSULT_BOOKED)).isTrue();
        assertThat(LeadStatus.CONSULT_BOOKED.canMoveTo(LeadStatus.CONSULTED)).isTrue();
        assertThat(LeadStatus.CONSULTED.canMoveTo(LeadStatus.CONVERTED)).isTrue();
    }

    @Test
    void shouldRefuseSkippingTheConsultation() {
        assertThat(LeadStatus.NEW.canMoveTo(LeadStatus.CONVERTED)).isFalse();
        assertThat(LeadStatus.CONTACTED.canMoveTo(LeadStatus.CONSULTED)).isFalse();
        assertThat(LeadStatus.NEW.canMoveTo(LeadStatus.NO_SHOW)).isFalse();
    }

    @Test
    void shouldGoBackToContactedWhenTheOnlyConsultationIsCancelled() {
        assertThat(LeadStatus.CONSULT_BOOKED.canMoveTo(LeadStatus.CONTACTED)).isTrue();
    }

    @Test
    void shouldKeepConvertedFinalAndLetClosedLeadsBeReopened() {
        assertThat(LeadStatus.CONVERTED.next()).isEmpty();
        assertThat(LeadStatus.LOST.next()).containsExactly(LeadStatus.CONTACTED);
        assertThat(LeadStatus.SPAM.next()).containsExactly(LeadStatus.NEW);
    }

    @Test
    void shouldTreatOnlyWorkedStatusesAsOpen() {
        assertThat(LeadStatus.OPEN)
                .containsExactlyInAnyOrder(
                        LeadStatus.NEW,
                        LeadStatus.CONTACTED,
                        LeadStatus.CONSULT_BOOKED,
                        LeadStatus.CONSULTED,
                        LeadStatus.NO_SHOW);
        assertThat(LeadStatus.SPAM.isOpen()).isFalse();
    }
}
