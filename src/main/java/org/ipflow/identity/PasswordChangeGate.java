package org.ipflow.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a user whose password was set by an administrator on the change-password page until they change
 * it. Such a user authenticates with this one authority and no role ({@link EngineIdentityAuthenticationProvider}),
 * so role-gated pages refuse them anyway; this sends every other page there instead of a bare 403.
 */
final class PasswordChangeGate extends OncePerRequestFilter {

    /** The only authority of an account that must change its password; not a Camunda group. */
    static final String AUTHORITY = "password-change-required";

    static final String PAGE = "/account/password";

    private static final List<String> OPEN = List.of(PAGE, "/logout", "/error", "/css/", "/js/", "/webjars/",
            "/favicon.ico");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (mustChangePassword(SecurityContextHolder.getContext().getAuthentication()) && !open(request)) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean mustChangePassword(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> AUTHORITY.equals(a.getAuthority()));
    }

    private static boolean open(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OPEN.stream().anyMatch(prefix -> prefix.endsWith("/") ? path.startsWith(prefix) : path.equals(prefix));
    }
}
