package clinic.consult.lead.pipeline;

import clinic.consult.http.QueryParameters;
import clinic.consult.lead.Lead;
import clinic.consult.lead.LeadRepository;
import clinic.consult.lead.LeadStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The staff pipeline's filters. Without statuses, every status but SPAM. */
public record LeadSearch(
        List<LeadStatus> statuses,
        List<String> locationIds,
        Optional<Instant> createdFrom,
        Optional<Instant> createdTo,
        Optional<String> text,
        Order order,
        int page,
        int size) {

    static final int MAX_TEXT = 100;

    /** Reads the query parameters of the search, answering one 400 that names every bad one. */
    static LeadSearch parse(
            List<String> status,
            List<String> locationId,
            String createdFrom,
            String createdTo,
            String q,
            String page,
            String size,
            String sort) {
        var query = new QueryParameters();
        var statuses = query.enums("status", status, LeadStatus.class);
        var locations = query.strings(locationId);
        var from = query.instant("createdFrom", createdFrom);
        var to = query.instant("createdTo", createdTo);
        var text = Optional.ofNullable(q).map(String::strip).filter(value -> !value.isEmpty());
        if (text.isPresent() && text.get().length() > MAX_TEXT) {
            query.reject("q", "must be at most " + MAX_TEXT + " characters");
        }
        int pageNumber = query.page(page);
        int pageSize = query.pageSize(size, 20);
        var order = sort == null || sort.isBlank() ? Optional.of(Order.NEWEST) : Order.of(sort.strip());
        if (order.isEmpty()) {
            query.reject("sort", "must be one of: " + String.join(", ", Order.parameters()));
        }
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            query.reject("createdTo", "must be after createdFrom");
        }
        query.check();
        return new LeadSearch(statuses, locations, from, to, text, order.get(), pageNumber, pageSize);
    }

    /** Sort orders, as the {@code sort} parameter spells them. */
    public enum Order {
        NEWEST("-createdAt", "createdAt", false),
        OLDEST("createdAt", "createdAt", true),
        RECENTLY_UPDATED("-updatedAt", "updatedAt", false),
        LEAST_RECENTLY_UPDATED("updatedAt", "updatedAt", true),
        LAST_NAME("lastName", "lastName", true),
        LAST_NAME_DESCENDING("-lastName", "lastName", false);

        final String parameter;
        final String property;
        final boolean ascending;

        Order(String parameter, String property, boolean ascending) {
            this.parameter = parameter;
            this.property = property;
            this.ascending = ascending;
        }

        public static Optional<Order> of(String parameter) {
            for (var order : values()) {
                if (order.parameter.equals(parameter)) {
                    return Optional.of(order);
                }
            }
            return Optional.empty();
        }

        public static List<String> parameters() {
            return Arrays.stream(values()).map(o -> o.parameter).toList();
        }
    }

    private static final Pattern PHONE_LIKE = Pattern.compile("[\\d\\s()+.-]+");

    /**
     * The search, run on the leads. {@code text} matches a phone number by its digits, or else every word must match the first
     * name, last name or email; {@code scope}, when present, is the caller's locations.
     */
    PanacheQuery<Lead> run(LeadRepository leads, Optional<Set<String>> scope) {
        var where = new ArrayList<String>();
        var parameters = new Parameters();
        if (statuses.isEmpty()) {
            // spam, and submissions merged into a person's lead, only when asked for
            where.add("status not in :hidden");
            parameters.and("hidden", List.of(LeadStatus.SPAM, LeadStatus.MERGED));
        } else {
            where.add("status in :statuses");
            parameters.and("statuses", statuses);
        }
        if (!locationIds.isEmpty()) {
            where.add("locationId in :locations");
            parameters.and("locations", locationIds);
        }
        scope.ifPresent(ids -> {
            where.add("locationId in :scope");
            parameters.and("scope", ids.isEmpty() ? Set.of("") : ids);
        });
        createdFrom.ifPresent(from -> {
            where.add("createdAt >= :from");
            parameters.and("from", from);
        });
        createdTo.ifPresent(to -> {
            where.add("createdAt < :to");
            parameters.and("to", to);
        });
        text.ifPresent(text -> matchText(text, where, parameters));
        var sort = Sort.by(order.property, order.ascending ? Sort.Direction.Ascending : Sort.Direction.Descending)
                .and("id");
        return leads.find(String.join(" and ", where), sort, parameters);
    }

    private static void matchText(String text, List<String> where, Parameters parameters) {
        var digits = text.replaceAll("\\D", "");
        if (PHONE_LIKE.matcher(text).matches() && digits.length() >= 3) {
            where.add("phone like :phone");
            parameters.and("phone", "%" + digits + "%");
            return;
        }
        var words = text.toLowerCase(Locale.ROOT).split("\\s+");
        for (int i = 0; i < words.length; i++) {
            var name = "word" + i;
            where.add("(lower(firstName) like :%1$s escape '!' or lower(lastName) like :%1$s escape '!'".formatted(name)
                    + " or emailNormalized like :%s escape '!')".formatted(name));
            parameters.and(name, "%" + escapeLike(words[i]) + "%");
        }
    }

    private static String escapeLike(String value) {
        return value.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
