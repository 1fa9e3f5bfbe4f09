package org.ipflow.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * HTTP Basic's answer to a refused login: 401 for wrong or missing credentials (the same whether the
 * user exists or not), 429 with {@code Retry-After} and the minutes to wait for a throttled account name.
 */
class ThrottleAwareEntryPoint implements AuthenticationEntryPoint {

    private final MessageSource messages;

    ThrottleAwareEntryPoint(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (!(exception instanceof LoginThrottled throttled)) {
            response.sendError(HttpStatus.UNAUTHORIZED.value());
            return;
        }
        long minutes = LoginThrottled.minutes(throttled.retryAfter());
        Locale locale = LocaleConfig.defaultLocale(request);
        String text = messages.getMessage("login.locked", new Object[] {minutes}, locale);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfter().toSeconds() + 1));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"error\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}
