package clinic.consult.http;

import clinic.consult.problem.Problem;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import jakarta.validation.ConstraintViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Which request field a parsing or validation error is about, named as the client wrote it, and what it must be. */
final class FieldPaths {

    private static final Map<Class<?>, String> TIME_FORMATS = Map.of(
            OffsetDateTime.class, "a date-time with offset such as 2026-11-30T09:00:00-08:00",
            Instant.class, "a date-time such as 2026-11-30T17:00:00Z",
            LocalDateTime.class, "a local date-time such as 2026-12-24T00:00",
            LocalDate.class, "a date such as 2026-11-30");
    private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate field '([^']{0,100})'");

    private FieldPaths() {}

    /** The path of a key the parser found twice in one object, wherever in the chain the parser's error sits. */
    static String duplicateKey(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException read && read.getProcessor() != null) {
                var duplicate = DUPLICATE_KEY.matcher(String.valueOf(read.getOriginalMessage()));
                if (duplicate.lookingAt()) {
                    return pathOf(read.getProcessor().getParsingContext(), duplicate.group(1));
                }
            }
        }
        return null;
    }

    /**
     * The dotted path of a key that the parser found twice: the enclosing objects' names (array positions in
     * brackets), then the key.
     */
    static String pathOf(JsonStreamContext context, String key) {
        var names = new ArrayList<String>();
        for (var level = context; level != null && !level.inRoot(); level = level.getParent()) {
            if (level.inArray()) {
                names.add(0, "[" + Math.max(0, level.getCurrentIndex()) + "]");
            } else if (level != context && level.getCurrentName() != null) {
                names.add(0, level.getCurrentName());
            }
        }
        names.add(key);
        return String.join(".", names).replace(".[", "[");
    }

    /** A value Jackson could not convert: for an enum, the error lists the values allowed. */
    static Problem.FieldError invalidValue(InvalidFormatException e, ProblemMessages words) {
        var target = e.getTargetType();
        if (target == String.class) {
            return new Problem.FieldError(jsonPath(e), words.controlCharacters());
        }
        var time = TIME_FORMATS.get(target);
        if (time != null) {
            return new Problem.FieldError(jsonPath(e), words.time(time, TimeBounds.RANGE));
        }
        if (target != null && target.isEnum()) {
            var allowed = Arrays.stream(target.getEnumConstants())
                    .map(constant -> wireName(target, (Enum<?>) constant))
                    .collect(Collectors.joining(", "));
            return new Problem.FieldError(jsonPath(e), words.oneOf(allowed));
        }
        return new Problem.FieldError(jsonPath(e), words.wrongFormat());
    }

    /** An enum constant as JSON names it. */
    private static String wireName(Class<?> type, Enum<?> constant) {
        try {
            var named =
                    type.getField(constant.name()).getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
            return named == null ? constant.name() : named.value();
        } catch (NoSuchFieldException e) {
            return constant.name();
        }
    }

    /** The JSON path of the offending property, e.g. {@code consent.contact} or {@code conditions[1]}. */
    static String jsonPath(JsonMappingException e) {
        var path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * The request field a violation is about. Bean Validation paths start with the method and parameter
     * ({@code update.body.address.city}); clients know only the body's fields and the query parameters.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        var nodes = new ArrayList<String>();
        for (var node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {}
                default -> {
                    if (node.isInIterable() && !nodes.isEmpty()) {
                        var position = node.getIndex() != null ? node.getIndex() : node.getKey();
                        nodes.set(nodes.size() - 1, nodes.get(nodes.size() - 1) + "[" + position + "]");
                    }
                    if (node.getName() != null && !node.getName().startsWith("<")) {
                        nodes.add(node.getName());
                    }
                }
            }
        }
        // a request body parameter is not part of the field path; a query or path parameter is the field itself
        if (nodes.size() > 1 && isBodyParameter(violation)) {
            nodes.remove(0);
        }
        return String.join(".", nodes);
    }

    private static boolean isBodyParameter(ConstraintViolation<?> violation) {
        var leaf = violation.getLeafBean();
        var root = violation.getRootBean();
        return leaf != null && leaf != root;
    }
}
