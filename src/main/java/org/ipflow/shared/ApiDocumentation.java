package org.ipflow.shared;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.net.URI;
import java.util.Map;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3.1 description of {@code /api} that springdoc builds from the controllers' {@code @Operation}s:
 * HTTP Basic for every operation (the public ones say they need none), and on every operation the error
 * answers of {@link ApiProblems}, as {@code 4XX} and {@code 5XX} with the {@code Problem} schema, so that a
 * generated client reads every refusal the same way.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String PROBLEM = "Problem";

    /** RFC 9457 problem details as IPFlow answers them; only for the document's schema. */
    @Schema(name = PROBLEM, description = "An error answer of the API (RFC 9457, application/problem+json).")
    record Problem(
            @Schema(description = "What kind of problem, urn:ipflow:problem:<kind>, e.g. urn:ipflow:problem:invalid")
            URI type,
            @Schema(description = "The kind's short title in the request's language") String title,
            @Schema(description = "The HTTP status") int status,
            @Schema(description = "What went wrong with this request, in the request's language") String detail,
            @Schema(description = "The path of the request") URI instance,
            @Schema(description = "Field errors: field name to message (for 400, and some 409 and 413)")
            Map<String, String> errors) {
    }

    @Bean
    OpenAPI ipflowApi() {
        var components = new Components()
                .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"));
        ModelConverters.getInstance(true).readAll(new AnnotatedType(Problem.class)).forEach(components::addSchemas);
        return new OpenAPI()
                .info(new Info().title("IPFlow API").version("1").description("""
                        IPFlow's JSON API: stateless, HTTP Basic with the same users and roles as the pages. \
                        Texts follow Accept-Language (Chinese unless English is asked for). Every error answer \
                        is application/problem+json; field errors are under `errors`."""))
                .components(components)
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    @Bean
    OperationCustomizer problemAnswers() {
        return (operation, handler) -> {
            var problem = new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    new MediaType().schema(new io.swagger.v3.oas.models.media.Schema<>()
                            .$ref("#/components/schemas/" + PROBLEM)));
            operation.getResponses()
                    .addApiResponse("4XX", new ApiResponse().description("Refused: see the problem's status, "
                            + "detail and errors").content(problem))
                    .addApiResponse("5XX", new ApiResponse().description("Unavailable or failed").content(problem));
            return operation;
        };
    }
}
