package org.ipflow.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.ipflow.shared.ApiProblems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A personal API token ({@code Authorization: Bearer ...}, {@link ApiTokens}) authenticates a request to
 * {@code /api}; an unknown or revoked one is answered 401 at once, with no other way tried.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final MessageSource messages;
    private final ApiProblems problems;

    ApiTokenFilter(ApiTokens tokens, MessageSource messages, ApiProblems problems) {
        this.tokens = tokens;
        this.messages = messages;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            var user = tokens.authenticate(header.substring(BEARER.length()).strip());
            if (user.isEmpty()) {
                refuse(request, response, messages, problems, "api.token.invalid");
                return;
            }
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(user.get());
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }

    /** 401 with the reason in the caller's language, as a problem like the API's other errors. */
    static void refuse(HttpServletRequest request, HttpServletResponse response, MessageSource messages,
            ApiProblems problems, String code) throws IOException {
        String text = messages.getMessage(code, null, LocaleConfig.defaultLocale(request));
        problems.write(request, response, HttpStatus.UNAUTHORIZED, text, Map.of());
    }
}
