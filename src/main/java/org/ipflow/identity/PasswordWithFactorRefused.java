package org.ipflow.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ipflow.shared.ApiProblems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After HTTP Basic on {@code /api}: an account with a second factor that sent its password is refused with
 * 401 and a pointer to personal API tokens, since a password alone must not do there what the login asks two
 * factors for. Checked after the password, so the answer tells nothing about an account to whoever lacks it.
 */
final class PasswordWithFactorRefused extends OncePerRequestFilter {

    private final SecondFactors factors;
    private final MessageSource messages;
    private final ApiProblems problems;

    PasswordWithFactorRefused(SecondFactors factors, MessageSource messages, ApiProblems problems) {
        this.factors = factors;
        this.messages = messages;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6) && caller != null
                && caller.isAuthenticated() && factors.enrolled(caller.getName())) {
            SecurityContextHolder.clearContext();
            ApiTokenFilter.refuse(request, response, messages, problems, "api.token.required");
            return;
        }
        chain.doFilter(request, response);
    }
}
