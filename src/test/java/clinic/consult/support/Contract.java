package clinic.consult.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import java.nio.file.Path;
import java.util.List;

/**
 * Validates every REST Assured request and response against the committed {@code openapi.yaml}. Tests that send
 * deliberately bad requests switch to {@link #responsesOnly()}: the answer must still honour the contract.
 */
public final class Contract {

    public static final Path SPEC = Path.of("openapi.yaml").toAbsolutePath();

    /**
     * The validator reads an OpenAPI 3.1 array query parameter ({@code status=NEW,CONTACTED}) as JSON and fails on
     * it; those values are checked by the service's own tests of its 400s instead.
     */
    private static final String ARRAY_PARAMETER_MISREAD = "validation.request.parameter.schema.invalidJson";

    private static final OpenApiValidationFilter FULL = new OpenApiValidationFilter(validator());

    private static final OpenApiValidationFilter RESPONSES_ONLY = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(SPEC.toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private static final OpenApiValidationFilter UNDOCUMENTED_PATHS = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(SPEC.toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .withLevel("validation.response.path.missing", ValidationReport.Level.IGNORE)
                            .withLevel("validation.response.operation.notAllowed", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private Contract() {}

    /** Requests and responses validated against openapi.yaml, for REST Assured and for other clients' traffic. */
    public static OpenApiInteractionValidator validator() {
        return OpenApiInteractionValidator.createForSpecificationUrl(
                        SPEC.toUri().toString())
                .withLevelResolver(LevelResolver.create()
                        .withLevel(ARRAY_PARAMETER_MISREAD, ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }

    /** Requests and responses both validated: the default for every test. */
    public static void validateAll() {
        RestAssured.replaceFiltersWith(FULL);
    }

    /** For tests that send invalid requests on purpose. */
    public static void responsesOnly() {
        RestAssured.replaceFiltersWith(RESPONSES_ONLY);
    }

    /** For the operational endpoints (/q/...), which are outside the business contract. */
    public static void none() {
        RestAssured.replaceFiltersWith(List.of());
    }

    /** For requests to paths or methods the API does not have (404, 405): nothing in the contract to match. */
    public static void undocumentedPaths() {
        RestAssured.replaceFiltersWith(UNDOCUMENTED_PATHS);
    }
}
