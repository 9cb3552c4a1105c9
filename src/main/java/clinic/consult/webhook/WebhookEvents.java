package clinic.consult.webhook;

import clinic.consult.appointment.AppointmentChanged;
import clinic.consult.lead.LeadChanged;
import clinic.consult.lead.LeadEvent;
import clinic.consult.lead.LeadReceived;
import clinic.consult.notification.NotificationFailed;
import clinic.consult.referral.ReferralMade;
import clinic.consult.series.SeriesChanged;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Turns what the features tell (CDI events fired inside their transactions) into webhook events, written in that same
 * transaction with a delivery to each subscription that wants them: a change that rolls back tells nobody, one that
 * commits is delivered. What an event carries is decided here, and only here: ids, statuses, locations, times and
 * attribution; never a name, a contact detail, a condition, a message or a note.
 */
@ApplicationScoped
class WebhookEvents {

    private final DeliveryRepository deliveries;
    private final ObjectMapper json;

    WebhookEvents(DeliveryRepository deliveries, ObjectMapper json) {
        this.deliveries = deliveries;
        this.json = json;
    }

    void leadReceived(@Observes LeadReceived lead) {
        var data = new LinkedHashMap<String, Object>();
        data.put("leadId", lead.leadId());
        data.put("status", lead.status());
        data.put("locationId", lead.locationId());
        data.put("routingReason", lead.routingReason());
        data.put("consultationMode", lead.consultationMode());
        data.put("possibleDuplicateOf", lead.possibleDuplicateOf());
        var attribution = new LinkedHashMap<String, Object>();
        attribution.put("channel", lead.channel());
        attribution.put("utmSource", lead.utmSource());
        attribution.put("utmMedium", lead.utmMedium());
        attribution.put("utmCampaign", lead.utmCampaign());
        attribution.put("utmTerm", lead.utmTerm());
        attribution.put("utmContent", lead.utmContent());
        attribution.put("referralCode", lead.referralCode());
        data.put("attribution", attribution);
        record(EventType.LEAD_RECEIVED, lead.at(), lead.leadId(), lead.locationId(), data);
    }

    void leadChanged(@Observes LeadChanged change) {
        var data = new LinkedHashMap<String, Object>();
        data.put("leadId", change.leadId());
        EventType type;
        if (change.type() == LeadEvent.Type.REASSIGNED) {
            type = EventType.LEAD_REASSIGNED;
            data.put("previousLocationId", change.previousLocationId());
            data.put("locationId", change.locationId());
        } else if (change.type() == LeadEvent.Type.ERASED) {
            type = EventType.LEAD_ERASED;
            data.put("locationId", change.locationId());
        } else if (change.toStatus() != null && change.toStatus() != change.fromStatus()) {
            type = EventType.LEAD_STATUS_CHANGED;
            data.put("previousStatus", change.fromStatus());
            data.put("status", change.toStatus());
            data.put("locationId", change.locationId());
        } else {
            // notes, merges and splits, the consultations' own entries (appointments tell of those)
            return;
        }
        record(type, change.at(), change.leadId(), change.locationId(), data);
    }

    void appointmentChanged(@Observes AppointmentChanged change) {
        var type =
                switch (change.change()) {
                    case BOOKED -> EventType.APPOINTMENT_BOOKED;
                    case RESCHEDULED -> EventType.APPOINTMENT_RESCHEDULED;
                    case CANCELLED -> EventType.APPOINTMENT_CANCELLED;
                    case COMPLETED -> EventType.APPOINTMENT_COMPLETED;
                    case NO_SHOW -> EventType.APPOINTMENT_NO_SHOW;
                };
        var data = new LinkedHashMap<String, Object>();
        data.put("appointmentId", change.appointmentId());
        data.put("leadId", change.leadId());
        data.put("locationId", change.locationId());
        data.put("appointmentTypeId", change.appointmentTypeId());
        data.put("status", change.status());
        data.put("start", change.startAt());
        data.put("end", change.endAt());
        if (change.seriesId() != null) {
            data.put("seriesId", change.seriesId());
            data.put("seriesPosition", change.seriesPosition());
        }
        record(type, change.at(), change.leadId(), change.locationId(), data);
    }

    void seriesChanged(@Observes SeriesChanged change) {
        var type =
                switch (change.change()) {
                    case BOOKED -> EventType.SERIES_BOOKED;
                    case CANCELLED -> EventType.SERIES_CANCELLED;
                    case COMPLETED -> EventType.SERIES_COMPLETED;
                };
        var data = new LinkedHashMap<String, Object>();
        data.put("seriesId", change.seriesId());
        data.put("leadId", change.leadId());
        data.put("locationId", change.locationId());
        data.put("planId", change.planId());
        data.put("status", change.status());
        data.put("infusions", change.total());
        record(type, change.at(), change.leadId(), change.locationId(), data);
    }

    void referralMade(@Observes ReferralMade referral) {
        var data = new LinkedHashMap<String, Object>();
        data.put("referralId", referral.referralId());
        data.put("relationship", referral.relationship());
        data.put("invitationSent", referral.invitationSent());
        record(EventType.REFERRAL_CREATED, referral.at(), null, null, data);
    }

    void notificationFailed(@Observes NotificationFailed failed) {
        var data = new LinkedHashMap<String, Object>();
        data.put("notificationId", failed.notificationId());
        data.put("notificationType", failed.type());
        data.put("leadId", failed.leadId());
        data.put("locationId", failed.locationId());
        data.put("appointmentId", failed.appointmentId());
        data.put("referralId", failed.referralId());
        data.put("error", failed.error());
        record(EventType.NOTIFICATION_FAILED, failed.at(), failed.leadId(), failed.locationId(), data);
    }

    private void record(EventType type, Instant at, UUID leadId, String locationId, Map<String, Object> data) {
        deliveries.record(UUID.randomUUID(), type, at, leadId, locationId, json(data));
    }

    private String json(Map<String, Object> data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
