package org.ipflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI document at /v3/api-docs as an integrator's tools read it: it parses and validates as OpenAPI
 * 3.1, every operation says what it does, who may call it and how it refuses (the problem schema), it
 * covers every /api endpoint Spring MVC serves, and it lists the same endpoints as the README's table.
 */
@IpflowTest
class OpenApiDocumentIT {

    /** A README table row: | `METHOD /api/path` | roles | */
    private static final Pattern README_ROW = Pattern.compile("^\\| `(GET|POST|PUT|PATCH|DELETE) (/api/[^`]+)` \\|",
            Pattern.MULTILINE);

    /** The document the tests' client is generated from (pom.xml, openapi-generator). */
    static final String COMMITTED = "src/test/resources/openapi/ipflow-api.json";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    OpenAPI document;
    String json;

    @BeforeEach
    void read() throws Exception {
        json = mvc.perform(get("/v3/api-docs").with(user("admin").authorities(() -> "admin")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(json, null, options);
        assertThat(parsed.getMessages()).as("the parser's findings").isEmpty();
        document = parsed.getOpenAPI();
    }

    @Test
    void isOpenApi31WithTheProblemSchemaAndBasicAuthentication() {
        assertThat(document.getOpenapi()).startsWith("3.1");
        assertThat(document.getComponents().getSchemas().get("Problem").getProperties())
                .containsKeys("type", "title", "status", "detail", "instance", "errors");
        assertThat(document.getComponents().getSecuritySchemes().get("basic").getScheme()).isEqualTo("basic");
    }

    @Test
    void everyOperationSaysWhatItDoesWhoMayCallItAndHowItRefuses() {
        List<String> lacking = new ArrayList<>();
        operations().forEach((endpoint, operation) -> {
            if (blank(operation.getSummary()) || blank(operation.getDescription())) {
                lacking.add(endpoint + ": no summary or description (@Operation)");
            } else if (!operation.getDescription().startsWith("Roles: ")) {
                lacking.add(endpoint + ": the description does not begin with \"Roles: \"");
            }
            List<String> refusals = new ArrayList<>(List.of("4XX", "5XX"));
            if (!operation.getDescription().startsWith("Roles: none")) {
                refusals.add("401");
            }
            if (endpoint.contains("{")) {
                refusals.add("404");
            }
            if (operation.getRequestBody() != null) {
                refusals.add("400");
            }
            if (!endpoint.startsWith("GET ")) {
                refusals.add("409");
            }
            refusals.forEach(status -> {
                var refusal = operation.getResponses().get(status);
                if (refusal == null || refusal.getContent().get("application/problem+json") == null) {
                    lacking.add(endpoint + ": no " + status + " answer with the problem schema");
                }
            });
        });
        assertThat(lacking).as(String.join("\n", lacking)).isEmpty();
    }

    @Test
    void coversEveryApiEndpointSpringServes() {
        Set<String> served = new TreeSet<>();
        context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                        .filter(pattern -> pattern.startsWith("/api/"))
                        .forEach(pattern -> info.getMethodsCondition().getMethods()
                                .forEach(method -> served.add(method.name() + " " + pattern)))));
        assertThat(operations().keySet()).containsAll(served);
    }

    @Test
    void agreesWithTheReadmesTableOfEndpoints() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String api = readme.substring(readme.indexOf("\n## API\n"));
        api = api.substring(0, api.indexOf("\n## ", 1));
        Set<String> listed = new TreeSet<>();
        Matcher row = README_ROW.matcher(api);
        while (row.find()) {
            listed.add(row.group(1) + " " + row.group(2));
        }
        Set<String> documented = operations().keySet();
        List<String> problems = new ArrayList<>();
        documented.stream().filter(e -> !listed.contains(e)).forEach(e -> problems.add(
                "in the OpenAPI document but not in README.md's table under \"## API\" > \"### Endpoints\": add the row"
                        + "\n| `" + e + "` | <roles> | <what it does> |"));
        listed.stream().filter(e -> !documented.contains(e)).forEach(e -> problems.add(
                "in README.md's table of endpoints but not in the OpenAPI document (served no more, or its path or "
                        + "method changed): fix or remove the row of `" + e + "`"));
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    /**
     * The generated client of the tests is built from the committed copy of the document, so that the build needs
     * no running application; the copy must be the document the application serves. The live one is written
     * next to the build's output for copying over the committed one after an API change.
     */
    @Test
    void theClientsCommittedCopyIsTheLiveDocument() throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var live = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(json);
        live.remove("servers");
        Path written = Path.of("target", "openapi", "ipflow-api.json");
        Files.createDirectories(written.getParent());
        mapper.writerWithDefaultPrettyPrinter().writeValue(written.toFile(), live);
        var committed = mapper.readTree(Path.of(COMMITTED).toFile());
        assertThat(committed).as("the API changed: copy " + written + " over " + COMMITTED
                + " (the generated client of the tests is built from it)").isEqualTo(live);
    }

    /** "METHOD /path" → the operation, sorted. */
    private TreeMap<String, Operation> operations() {
        var operations = new TreeMap<String, Operation>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> operations.put(method.name() + " " + path, operation)));
        return operations;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
