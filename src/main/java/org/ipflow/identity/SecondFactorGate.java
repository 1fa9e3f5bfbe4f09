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
 * Keeps a user between password and code on the code page, a user who must enrol a factor on the
 * enrolment page ({@link SecondFactorStep}), and a person of the OpenID provider on the confirmation of their
 * first login ({@link SignOn}). Their only authority opens no role-gated page anyway; this sends
 * every other page to theirs instead of a bare 403.
 */
final class SecondFactorGate extends OncePerRequestFilter {

    static final String CODE_PAGE = "/login/code";
    static final String ENROL_PAGE = "/account/factor";

    private static final List<String> STATIC = List.of("/logout", "/error", "/css/", "/js/", "/webjars/",
            "/favicon.ico");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String page = pageFor(SecurityContextHolder.getContext().getAuthentication());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (page != null && !path.equals(page) && !open(path)) {
            response.sendRedirect(request.getContextPath() + page);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String pageFor(Authentication authentication) {
        if (authentication == null) {
            return null;
        }
        for (var authority : authentication.getAuthorities()) {
            if (SecondFactorStep.PENDING.equals(authority.getAuthority())) {
                return CODE_PAGE;
            }
            if (SecondFactorStep.ENROL.equals(authority.getAuthority())) {
                return ENROL_PAGE;
            }
            if (SignOn.CONFIRM.equals(authority.getAuthority())) {
                return SignOn.CONFIRM_PAGE;
            }
        }
        return null;
    }

    private static boolean open(String path) {
        return STATIC.stream().anyMatch(prefix -> prefix.endsWith("/") ? path.startsWith(prefix) : path.equals(prefix));
    }
}
