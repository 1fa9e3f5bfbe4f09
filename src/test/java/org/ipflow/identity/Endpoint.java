package org.ipflow.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * One endpoint as the security tests call it: "METHOD /pattern", with the handler that serves it (null
 * outside Spring MVC), a body of the shape it reads, and its path variables filled with real ids of
 * enterprise A's objects.
 */
record Endpoint(String method, String pattern, HandlerMethod handler) {

    /** The error page is where failures are forwarded to, not an endpoint of its own. */
    static final Set<String> NOT_ENDPOINTS = Set.of("GET /error");

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final String JSON_BODY = "{\"data\":{},\"content\":\"\",\"version\":0}";

    static Endpoint of(String endpoint) {
        return new Endpoint(endpoint.substring(0, endpoint.indexOf(' ')), endpoint.substring(endpoint.indexOf(' ') + 1), null);
    }

    /** Every pattern x method of every RequestMappingHandlerMapping, sorted by "METHOD /pattern". */
    static List<Endpoint> mvc(ApplicationContext context) {
        var endpoints = new TreeMap<String, Endpoint>();
        context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().forEach((info, handler) -> {
                    var methods = info.getMethodsCondition().getMethods();
                    // A mapping without methods answers every method; GET stands for it.
                    List<String> names = methods.isEmpty() ? List.of("GET") : methods.stream().map(Enum::name).toList();
                    for (String pattern : info.getPatternValues()) {
                        for (String method : names) {
                            Endpoint endpoint = new Endpoint(method, pattern, handler);
                            if (!NOT_ENDPOINTS.contains(endpoint.name())) {
                                endpoints.put(endpoint.name(), endpoint);
                            }
                        }
                    }
                }));
        return new ArrayList<>(endpoints.values());
    }

    String name() {
        return method + " " + pattern;
    }

    HttpMethod httpMethod() {
        return HttpMethod.valueOf(method);
    }

    boolean changesState() {
        return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
    }

    private boolean deletesDraft() {
        return pattern.equals("/applications/{id}/delete")
                || (method.equals("DELETE") && pattern.equals("/api/applications/{id}"));
    }

    /** Called with HTTP Basic (API clients, Camunda Modeler, scrapers); every other path is a browser page. */
    boolean basic() {
        return pattern.startsWith("/api/") || pattern.startsWith("/engine-rest/") || pattern.startsWith("/actuator/");
    }

    /** Real ids of A's objects for the path's variables: A's draft where the request edits, else the submitted one. */
    String path(EnterpriseAObjects a, TestRestTemplate rest) {
        boolean task = pattern.startsWith("/tasks/") || pattern.startsWith("/api/tasks/");
        // Staff's notes are written on a submitted application, not on the enterprise's draft.
        boolean edits = pattern.equals("/applications/{id}/edit") || (changesState() && !pattern.endsWith("/notes")
                && (pattern.startsWith("/applications/{id}") || pattern.startsWith("/api/applications/{id}")));
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                // A call's id is no application's: one that names no call, so every caller meets the same rule.
                case "id" -> pattern.contains("/calls/{id}") ? "999999999" : task ? a.task()
                        : String.valueOf(deletesDraft() ? a.freshDraft(rest) : edits ? a.draft() : a.application());
                case "documentId" -> String.valueOf(pattern.endsWith("/delete") ? a.freshDraftDocument(rest) : a.document());
                case "taskId" -> a.task();
                case "processInstance" -> a.processInstance();
                // The programme pages change the catalogue: their POSTs name a programme that does not exist, so
                // that retiring or editing by the administrator leaves the grant as the other rows need it.
                case "programme", "key" -> pattern.startsWith("/admin/programmes/") && changesState()
                        ? "matrix-probe" : "patent-transformation-grant";
                // Changes name an event without a template, so that the probes leave every template as it is.
                case "event" -> changesState() ? "matrix.probe" : "notification.status.APPROVED";
                case "type" -> "bpmn";
                case "code" -> a.certificateCode();
                case "number" -> a.number();
                case "noticeNumber" -> "GS-2099-00000";
                case "username" -> "matrix-probe";
                case "slug" -> "pilot-enterprises";
                case "table" -> "status";
                case "format" -> "csv";
                case "year" -> "2099";
                case "reference" -> "0000000000000000";
                default -> throw new AssertionError("no value for {" + m.group(1) + "} in " + pattern
                        + ": add one to Endpoint.path");
            };
            m.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        m.appendTail(path);
        return path.toString();
    }

    /** Calls the endpoint as the caller, with the caller's CSRF token (pages) or HTTP Basic. */
    ResponseEntity<byte[]> call(Caller caller, String path, String csrfToken) {
        Object body = null;
        MediaType type = null;
        if (handler != null && takes(MultipartFile.class)) {
            var parts = Caller.form();
            parts.add("kind", "other");
            parts.add("file", EnterpriseAObjects.pdf("probe.pdf"));
            body = parts;
            type = MediaType.MULTIPART_FORM_DATA;
        } else if (handler != null && readsBody()) {
            body = JSON_BODY;
            type = MediaType.APPLICATION_JSON;
        } else if (handler == null && changesState()) {
            body = "{}";
            type = MediaType.APPLICATION_JSON;
        } else if (changesState() && !basic()) {
            body = Caller.form();
            type = MediaType.APPLICATION_FORM_URLENCODED;
        }
        return basic() ? caller.basic(httpMethod(), path, body, type)
                : caller.page(httpMethod(), path, body, type, csrfToken);
    }

    private boolean takes(Class<?> type) {
        for (var parameter : handler.getMethodParameters()) {
            if (type.isAssignableFrom(parameter.getParameterType())) {
                return true;
            }
        }
        return false;
    }

    private boolean readsBody() {
        for (var parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return true;
            }
        }
        return false;
    }
}
