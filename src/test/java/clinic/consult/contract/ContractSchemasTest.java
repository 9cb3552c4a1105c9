package clinic.consult.contract;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.consult.contact.PersonName;
import clinic.consult.support.Contract;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The schemas of the hand-written contract against the records the service reads and writes: the same properties,
 * the same enum values, and for requests the same rules (required, lengths, patterns, ranges) as Bean Validation
 * enforces. A field added to a record and not to the contract, or a rule changed on one side only, fails here.
 */
class ContractSchemasTest {

    private static final Map<String, String> REQUESTS = new TreeMap<>(Map.ofEntries(
            Map.entry("Address", "location.Address"),
            Map.entry("AppointmentOutcome", "appointment.AppointmentPatch"),
            Map.entry("AppointmentRequest", "appointment.AppointmentRequest"),
            Map.entry("CancelRequest", "appointment.CancelRequest"),
            Map.entry("ClosureRequest", "schedule.ClosureRequest"),
            Map.entry("Consent", "lead.intake.LeadRequest$Consent"),
            Map.entry("HoldRequest", "hold.HoldRequest"),
            Map.entry("InfusionMove", "series.InfusionMove"),
            Map.entry("Invitee", "referral.ReferralRequest$Invitee"),
            Map.entry("LeadPatch", "lead.pipeline.LeadPatch"),
            Map.entry("LeadRequest", "lead.intake.LeadRequest"),
            Map.entry("LeadSource", "lead.intake.LeadRequest$Source"),
            Map.entry("LocationUpdate", "location.LocationUpdate"),
            Map.entry("MergeRequest", "lead.pipeline.MergeRequest"),
            Map.entry("NoteRequest", "lead.pipeline.NoteRequest"),
            Map.entry("OpeningInterval", "schedule.TimeRange"),
            Map.entry("ReferralRequest", "referral.ReferralRequest"),
            Map.entry("Referrer", "referral.ReferralRequest$Referrer"),
            Map.entry("RescheduleRequest", "appointment.RescheduleRequest"),
            Map.entry("ReplayRequest", "webhook.ReplayRequest"),
            Map.entry("ScheduleUpdate", "schedule.ScheduleUpdate"),
            Map.entry("SeriesBookRequest", "series.SeriesBookRequest"),
            Map.entry("SeriesCancel", "series.SeriesCancel"),
            Map.entry("SeriesPlanUpdate", "schedule.SeriesPlanUpdate"),
            Map.entry("SeriesSearchRequest", "series.SeriesSearchRequest"),
            Map.entry("TimePreference", "series.SeriesSearchRequest$Preference"),
            Map.entry("WaitlistRequest", "waitlist.WaitlistRequest"),
            Map.entry("WaitlistTimes", "waitlist.WaitlistRequest$Times"),
            Map.entry("WebhookRequest", "webhook.WebhookRequest"),
            Map.entry("WeeklyHours", "schedule.WeeklyHours")));

    private static final Map<String, String> RESPONSES = new TreeMap<>(Map.ofEntries(
            Map.entry("Appointment", "appointment.AppointmentView"),
            Map.entry("AppointmentBooked", "appointment.AppointmentBooked"),
            Map.entry("AppointmentType", "schedule.AppointmentTypeView"),
            Map.entry("Attribution", "lead.pipeline.LeadDetails$Attribution"),
            Map.entry("AuditEntry", "audit.AuditEntryView"),
            Map.entry("AuditPage", "audit.AuditPage"),
            Map.entry("CalendarFeed", "calendar.CalendarFeedView"),
            Map.entry("CalendarFeedCreated", "calendar.CalendarFeedCreated"),
            Map.entry("CalendarFeedUrl", "calendar.CalendarFeedCreated$FeedUrl"),
            Map.entry("Closure", "schedule.ClosureView"),
            Map.entry("ConsentRecord", "lead.pipeline.LeadDetails$Consent"),
            Map.entry("DaySlots", "slot.DaySlots"),
            Map.entry("FieldError", "problem.Problem$FieldError"),
            Map.entry("FirstAvailable", "slot.FirstAvailable"),
            Map.entry("Hold", "hold.HoldView"),
            Map.entry("Infusion", "appointment.InfusionView"),
            Map.entry("LeadDetails", "lead.pipeline.LeadDetails"),
            Map.entry("LeadPage", "lead.pipeline.LeadPage"),
            Map.entry("LeadReceipt", "lead.intake.LeadReceipt"),
            Map.entry("LeadSummary", "lead.pipeline.LeadSummary"),
            Map.entry("LinkedSubmission", "lead.pipeline.LeadDetails$LinkedSubmission"),
            Map.entry("Location", "location.LocationView"),
            Map.entry("LocationAvailability", "slot.LocationAvailability"),
            Map.entry("LocationSlots", "slot.LocationSlots"),
            Map.entry("LocationSummary", "lead.intake.LeadReceipt$LocationSummary"),
            Map.entry("Notification", "notification.NotificationView"),
            Map.entry("NotificationPage", "notification.NotificationPage"),
            Map.entry("Problem", "problem.Problem"),
            Map.entry("Referral", "referral.ReferralSummary"),
            Map.entry("ReferralCreated", "referral.ReferralCreated"),
            Map.entry("ReplayQueued", "webhook.ReplayQueued"),
            Map.entry("SecretRotation", "webhook.SecretRotated"),
            Map.entry("Routing", "lead.pipeline.LeadDetails$Routing"),
            Map.entry("Schedule", "schedule.ScheduleView"),
            Map.entry("Series", "series.SeriesView"),
            Map.entry("SeriesOption", "slot.SeriesOptions$SeriesOption"),
            Map.entry("SeriesOptions", "slot.SeriesOptions"),
            Map.entry("SeriesPlan", "schedule.SeriesPlanView"),
            Map.entry("Slot", "slot.SlotView"),
            Map.entry("WaitlistEntry", "waitlist.WaitlistView"),
            Map.entry("WaitlistJoined", "waitlist.WaitlistJoined"),
            Map.entry("WaitlistLine", "waitlist.WaitlistLine"),
            Map.entry("WaitlistOffer", "waitlist.WaitlistView$Offer"),
            Map.entry("SlotsAnywhere", "slot.SlotsAnywhere"),
            Map.entry("TimelineEvent", "lead.pipeline.LeadDetails$TimelineEntry"),
            Map.entry("UnavailableDay", "slot.SeriesOptions$UnavailableDay"),
            Map.entry("Webhook", "webhook.WebhookView"),
            Map.entry("WebhookCreated", "webhook.WebhookCreated"),
            Map.entry("WebhookDelivery", "webhook.DeliveryView"),
            Map.entry("WebhookDeliveryPage", "webhook.DeliveryPage")));

    private static final Map<String, String> ALL = new TreeMap<>();

    static {
        ALL.putAll(REQUESTS);
        ALL.putAll(RESPONSES);
    }

    private static JsonNode schemas;

    @BeforeAll
    static void read() throws IOException {
        schemas = new ObjectMapper(new YAMLFactory())
                .readTree(Contract.SPEC.toFile())
                .at("/components/schemas");
    }

    @Test
    void shouldMapEveryObjectSchemaToARecord() {
        var objects = new TreeSet<String>();
        schemas.fieldNames().forEachRemaining(name -> {
            // Twilio's form posts are read as a map of whatever it sends; every other object is a record
            if (!schemas.get(name).has("enum") && !name.equals("TwilioForm")) {
                objects.add(name);
            }
        });
        assertThat(objects).isEqualTo(ALL.keySet());
    }

    @Test
    void shouldDescribeEveryPropertyOfEveryRecordAndNoOther() {
        var mismatches = new ArrayList<String>();
        ALL.forEach((schema, type) -> {
            var documented = new TreeSet<String>();
            schemas.get(schema).path("properties").fieldNames().forEachRemaining(documented::add);
            var written = new TreeSet<String>();
            for (var component : record(type).getRecordComponents()) {
                written.add(jsonName(component));
            }
            if (!documented.equals(written)) {
                mismatches.add(schema + ": contract " + documented + ", record " + written);
            }
        });

        assertThat(mismatches).isEmpty();
    }

    @Test
    void shouldStateTheRulesBeanValidationEnforcesOnRequests() {
        var mismatches = new ArrayList<String>();
        REQUESTS.forEach((schema, type) -> {
            var node = schemas.get(schema);
            assertThat(node.path("additionalProperties").asBoolean(true))
                    .as(schema + " refuses unknown properties")
                    .isFalse();
            var required = new TreeSet<String>();
            node.path("required").forEach(name -> required.add(name.asText()));
            var enforced = new TreeSet<String>();
            for (var component : record(type).getRecordComponents()) {
                var field = field(component);
                var name = jsonName(component);
                var property = node.path("properties").path(name);
                if (field.isAnnotationPresent(NotNull.class) || field.isAnnotationPresent(NotBlank.class)) {
                    enforced.add(name);
                }
                compare(mismatches, schema + "." + name, property, field);
            }
            if (!required.equals(enforced)) {
                mismatches.add(schema + " required: contract " + required + ", service " + enforced);
            }
        });

        assertThat(mismatches).isEmpty();
    }

    @Test
    void shouldListTheSameValuesAsEveryEnumTheRecordsCarry() {
        var mismatches = new ArrayList<String>();
        var checked = new TreeSet<String>();
        ALL.forEach((schema, type) -> {
            for (var component : record(type).getRecordComponents()) {
                var enumType = enumOf(component);
                var property = schemas.get(schema).path("properties").path(jsonName(component));
                var reference = enumReference(property);
                if (enumType == null || reference == null) {
                    continue;
                }
                var documented = new ArrayList<String>();
                schemas.get(reference).get("enum").forEach(value -> documented.add(value.asText()));
                var values = Arrays.stream(enumType.getEnumConstants())
                        .map(constant -> wireName(enumType, (Enum<?>) constant))
                        .toList();
                if (!documented.equals(values)) {
                    mismatches.add(reference + " (" + schema + "." + component.getName() + "): contract " + documented
                            + ", service " + values);
                }
                checked.add(reference);
            }
        });
        var enums = new TreeSet<String>();
        schemas.fieldNames().forEachRemaining(name -> {
            if (schemas.get(name).has("enum")) {
                enums.add(name);
            }
        });

        assertThat(mismatches).isEmpty();
        assertThat(checked).isEqualTo(enums);
    }

    /** An enum constant as Jackson writes it: its @JsonProperty name, else its own. */
    private static String wireName(Class<?> enumType, Enum<?> constant) {
        try {
            var named = enumType.getField(constant.name())
                    .getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
            return named == null ? constant.name() : named.value();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void compare(List<String> mismatches, String at, JsonNode property, Field field) {
        var size = field.getAnnotation(Size.class);
        if (size != null) {
            var limit = property.has("maxItems") ? property.get("maxItems") : property.get("maxLength");
            if (limit == null || limit.asInt() != size.max()) {
                mismatches.add(at + ": max " + size.max() + " in the service, " + limit + " in the contract");
            }
        }
        var pattern = field.getAnnotation(Pattern.class);
        if (pattern != null && !property.path("pattern").asText().equals("^" + pattern.regexp() + "$")) {
            mismatches.add(at + ": pattern " + pattern.regexp() + ", contract " + property.path("pattern"));
        }
        // a person's name is a letter class of any script (\p{L}), which JSON Schema's validators do not all read:
        // the contract says the rule in words
        if (field.isAnnotationPresent(PersonName.class)
                && !property.path("description").asText().startsWith("A name as an email may quote it")) {
            mismatches.add(at + ": a person's name, described as " + property.path("description"));
        }
        bound(mismatches, at, "minimum", property, minimum(field));
        bound(mismatches, at, "maximum", property, maximum(field));
    }

    private static void bound(List<String> mismatches, String at, String keyword, JsonNode property, BigDecimal bound) {
        if (bound == null) {
            return;
        }
        var documented = property.get(keyword);
        if (documented == null || documented.decimalValue().compareTo(bound) != 0) {
            mismatches.add(at + ": " + keyword + " " + bound + " in the service, " + documented + " in the contract");
        }
    }

    private static BigDecimal minimum(Field field) {
        var min = field.getAnnotation(Min.class);
        var decimal = field.getAnnotation(DecimalMin.class);
        return min != null ? BigDecimal.valueOf(min.value()) : decimal != null ? new BigDecimal(decimal.value()) : null;
    }

    private static BigDecimal maximum(Field field) {
        var max = field.getAnnotation(Max.class);
        var decimal = field.getAnnotation(DecimalMax.class);
        return max != null ? BigDecimal.valueOf(max.value()) : decimal != null ? new BigDecimal(decimal.value()) : null;
    }

    /** The schema name an enum property refers to, directly, as items, or as the non-null alternative. */
    private static String enumReference(JsonNode property) {
        var candidates = new ArrayList<JsonNode>(List.of(property, property.path("items")));
        property.path("anyOf").forEach(candidates::add);
        for (var candidate : candidates) {
            var ref = candidate.path("$ref").asText();
            var name = ref.substring(ref.lastIndexOf('/') + 1);
            if (!name.isEmpty() && schemas.get(name).has("enum")) {
                return name;
            }
        }
        return null;
    }

    private static Class<?> enumOf(RecordComponent component) {
        if (component.getType().isEnum()) {
            return component.getType();
        }
        if (Collection.class.isAssignableFrom(component.getType())
                && component.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element
                && element.isEnum()) {
            return element;
        }
        return null;
    }

    private static String jsonName(RecordComponent component) {
        var renamed = field(component).getAnnotation(JsonProperty.class);
        return renamed != null ? renamed.value() : component.getName();
    }

    private static Field field(RecordComponent component) {
        try {
            return component.getDeclaringRecord().getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }

    private static Class<?> record(String name) {
        try {
            var type = Class.forName("clinic.consult." + name);
            assertThat(type.isRecord()).as(name).isTrue();
            return type;
        } catch (ClassNotFoundException e) {
            throw new AssertionError("No record " + name, e);
        }
    }
}
