package clinic.consult.lead;

import clinic.consult.http.QueryParameters;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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
}
