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
import java.util.Arrays;
import java.util.Map;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI 3.1 description of {@code /api} that springdoc builds from the controllers' {@code @Operation}s:
 * HTTP Basic for every operation (the public ones say they need none), and on every operation the error
 * answers of {@link ApiProblems} with the {@code Problem} schema, so that a generated client reads every refusal
 * the same way: 400 where the operation takes input, 401 and 403 unless anyone may call it (403 also not where
 * any signed-in user may), 404 where the path names an object, 409 where it changes something, and {@code 4XX}
 * and {@code 5XX} for the rest.
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
            var answers = operation.getResponses();
            String roles = operation.getDescription() == null ? "" : operation.getDescription();
            boolean anonymous = roles.startsWith("Roles: none");
            boolean takesInput = operation.getRequestBody() != null
                    || operation.getParameters() != null && !operation.getParameters().isEmpty();
            if (takesInput) {
                answers.addApiResponse("400", problem("Invalid request: the fields in error are under errors"));
            }
            if (!anonymous) {
                answers.addApiResponse("401", problem("Not signed in: HTTP Basic or a bearer API token needed"));
                if (!roles.startsWith("Roles: any signed-in user")) {
                    answers.addApiResponse("403", problem("The caller's roles do not allow this operation"));
                }
            }
            if (operation.getParameters() != null
                    && operation.getParameters().stream().anyMatch(p -> "path".equals(p.getIn()))) {
                answers.addApiResponse("404", problem("No such object, or not one the caller may see"));
            }
            if (changes(handler)) {
                answers.addApiResponse("409", problem("The object's state does not allow this now"));
            }
            answers.addApiResponse("4XX", problem("Refused otherwise (413, 415, 422, 429...): see the problem's "
                            + "status, detail and errors"))
                    .addApiResponse("5XX", problem("Unavailable or failed"));
            return operation;
        };
    }

    /** Whether the operation changes something, and so may meet a state that forbids the change (409). */
    private static boolean changes(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        return mapping != null && Arrays.stream(mapping.method()).anyMatch(m -> m == RequestMethod.POST
                || m == RequestMethod.PUT || m == RequestMethod.PATCH || m == RequestMethod.DELETE);
    }

    private static ApiResponse problem(String description) {
        var content = new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                new MediaType().schema(new io.swagger.v3.oas.models.media.Schema<>()
                        .$ref("#/components/schemas/" + PROBLEM)));
        return new ApiResponse().description(description).content(content);
    }
}
