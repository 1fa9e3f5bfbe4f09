package org.ipflow.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A refused request of the browser UI (a wrong role, or a form or script call whose CSRF token the session
 * does not know, most often because the session ran out). Pages get 403 through the error dispatch, drawn
 * by {@link ErrorPages}. A page's script calls (they ask for JSON) get 403 with {@code reason}
 * {@code sessionExpired}, {@code pageExpired} or {@code forbidden} and the message in the reader's
 * language, so that the page can keep what was typed and offer to log in again.
 */
class DeniedRequests implements AccessDeniedHandler {

    private final AccessDeniedHandlerImpl page = new AccessDeniedHandlerImpl();
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ObjectMapper json = new ObjectMapper();

    DeniedRequests(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException, ServletException {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || !accept.startsWith(MediaType.APPLICATION_JSON_VALUE) || response.isCommitted()) {
            // Spring's handler keeps the refusal for a forwarded error page only; ErrorPages needs it to say why.
            request.setAttribute(WebAttributes.ACCESS_DENIED_403, refused);
            page.handle(request, response, refused);
            return;
        }
        String kind = refused instanceof CsrfException ? (ErrorPages.signedIn() ? "pageExpired" : "sessionExpired")
                : "forbidden";
        // Before the dispatcher: the locale context is not set yet, so the resolver (the language cookie) is asked.
        String text = messages.getMessage("error.message." + kind, null, kind, locales.resolveLocale(request));
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), Map.of("reason", kind, "error", text));
    }
}
