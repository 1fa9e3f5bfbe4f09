package org.ipflow.identity;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ipflow.shared.AdminActionPerformed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What is left of Camunda's REST API: what Camunda Modeler calls to deploy to Camunda 7 (create a
 * deployment, the connection check {@code GET /deployment?maxResults=0}, {@code GET /version}), plus the
 * reads of deployments and of process and decision definitions and the deletion of a deployment that no
 * application runs on. Everything else answers 404, also for administrators: completing tasks, changing
 * variables, jobs, incidents, users and groups there would go around IPFlow's rules, timeline and audit,
 * and the task query carries the unpatched orQueries flaw of 7.24 CE. An allow-list, so that an endpoint a
 * later Camunda release adds is closed until someone opens it here. Runs after the role check, so that
 * other roles get 403 and anonymous callers 401 whatever the path. A deployment's deletion is audited here;
 * its creation by the deployment validator, in the deployment's transaction.
 */
class EngineRestAllowList extends OncePerRequestFilter {

    private static final String BASE = "/engine-rest";
    /** Any id but the names of neighbouring endpoints that are not on the list. */
    private static final String DEPLOYMENT_ID = "{id:(?!registered$).+}";
    private static final String DEFINITION_ID = "{id:(?!statistics$).+}";

    private static final List<RequestMatcher> ALLOWED = List.of(
            allow(GET, "/version"),
            allow(GET, "/deployment"),
            allow(GET, "/deployment/count"),
            allow(POST, "/deployment/create"),
            allow(GET, "/deployment/" + DEPLOYMENT_ID),
            allow(DELETE, "/deployment/" + DEPLOYMENT_ID),
            allow(GET, "/deployment/{id}/resources"),
            allow(GET, "/deployment/{id}/resources/{resourceId}"),
            allow(GET, "/deployment/{id}/resources/{resourceId}/data"),
            allow(GET, "/process-definition"),
            allow(GET, "/process-definition/count"),
            allow(GET, "/process-definition/" + DEFINITION_ID),
            allow(GET, "/process-definition/{id}/xml"),
            allow(GET, "/process-definition/key/{key}"),
            allow(GET, "/process-definition/key/{key}/xml"),
            allow(GET, "/decision-definition"),
            allow(GET, "/decision-definition/count"),
            allow(GET, "/decision-definition/{id}"),
            allow(GET, "/decision-definition/{id}/xml"),
            allow(GET, "/decision-definition/key/{key}"),
            allow(GET, "/decision-definition/key/{key}/xml"));

    /**
     * Query parameters of allowed endpoints that would still reach past IPFlow: a cascading deletion
     * removes the running processes of applications, skipping listeners or I/O mappings skips the models'
     * own steps.
     */
    private static final List<String> REFUSED_PARAMETERS = List.of("cascade", "skipCustomListeners", "skipIoMappings");

    private final ApplicationEventPublisher events;

    EngineRestAllowList(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (ALLOWED.stream().noneMatch(matcher -> matcher.matches(request))) {
            refuse(response, HttpServletResponse.SC_NOT_FOUND, "NotFound",
                    "Not offered by IPFlow's /engine-rest: only deployments, definition reads and the version are;"
                            + " operate processes through IPFlow's pages and /api/admin.");
            return;
        }
        for (String parameter : REFUSED_PARAMETERS) {
            if (Boolean.parseBoolean(request.getParameter(parameter))) {
                refuse(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException",
                        parameter + "=true is not offered by IPFlow's /engine-rest: running applications are"
                                + " operated through IPFlow.");
                return;
            }
        }
        String actor = CurrentCaller.name();
        chain.doFilter(request, response);
        if (HttpMethod.DELETE.matches(request.getMethod())
                && response.getStatus() == HttpServletResponse.SC_NO_CONTENT) {
            // The engine has no hook for a deletion; recorded once it is done, so a failed deletion leaves no entry.
            String uri = request.getRequestURI();
            events.publishEvent(new AdminActionPerformed(actor, "DEPLOYMENT_DELETE",
                    "deployment:" + uri.substring(uri.lastIndexOf('/') + 1), "via DELETE " + uri));
        }
    }

    /** The error shape of Camunda's REST API, which Camunda Modeler shows. */
    private static void refuse(HttpServletResponse response, int status, String type, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"" + type + "\",\"message\":\"" + message + "\"}");
    }

    private static RequestMatcher allow(HttpMethod method, String path) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, BASE + path);
    }
}
