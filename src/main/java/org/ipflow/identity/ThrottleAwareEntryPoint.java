package org.ipflow.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.ipflow.shared.ApiProblems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * HTTP Basic's answer to a refused login, as the API's problem details: 401 for wrong or missing credentials
 * (the same whether the user exists or not; no {@code WWW-Authenticate}, so that a browser opens no login
 * dialog), 429 with {@code Retry-After} and the minutes to wait for a throttled account name.
 */
class ThrottleAwareEntryPoint implements AuthenticationEntryPoint {

    private final MessageSource messages;
    private final ApiProblems problems;

    ThrottleAwareEntryPoint(MessageSource messages, ApiProblems problems) {
        this.messages = messages;
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (!(exception instanceof LoginThrottled throttled)) {
            problems.write(request, response, HttpStatus.UNAUTHORIZED, null, Map.of());
            return;
        }
        long minutes = LoginThrottled.minutes(throttled.retryAfter());
        Locale locale = LocaleConfig.defaultLocale(request);
        String text = messages.getMessage("login.locked", new Object[] {minutes}, locale);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfter().toSeconds() + 1));
        problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, text, Map.of());
    }
}
