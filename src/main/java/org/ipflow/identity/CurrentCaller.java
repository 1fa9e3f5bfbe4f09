package org.ipflow.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who causes what the engine does right now, and through which request, for audit entries written from
 * inside the engine (identity writes, deployments) where no IPFlow service passes the actor along.
 */
public final class CurrentCaller {

    private CurrentCaller() {
    }

    /**
     * The Spring Security user of the request, else the engine's authenticated user, else {@code anonymous}
     * in a request (self-registration) or {@code system} outside one (start-up).
     */
    public static String name() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return authentication.getName();
        }
        CommandContext command = Context.getCommandContext();
        if (command != null && command.getAuthenticatedUserId() != null) {
            return command.getAuthenticatedUserId();
        }
        return RequestContextHolder.getRequestAttributes() == null ? "system" : "anonymous";
    }

    /** {@code via POST /api/enterprises}, or {@code outside a request}. */
    public static String channel() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return "via " + request.getMethod() + " " + request.getRequestURI();
        }
        return "outside a request";
    }
}
