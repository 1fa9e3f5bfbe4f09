package org.ipflow.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Reads the CSRF token only from its header or a form body, never from the query string: a token in a URL
 * ends up in logs, the browser's history and Referer headers, where someone else can pick it up. A request
 * whose query string names the token's parameter at all is refused (403), even if its body carries the
 * token too, since the servlet API cannot tell which of the two {@code getParameter} returns.
 */
class CsrfTokenFromBodyOrHeader implements CsrfTokenRequestHandler {

    /** Spring Security's default, which masks the token anew on every page (BREACH). */
    private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        masked.handle(request, response, token);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        if (request.getHeader(token.getHeaderName()) == null
                && namesParameter(request.getQueryString(), token.getParameterName())) {
            return null;
        }
        return masked.resolveCsrfTokenValue(request, token);
    }

    static boolean namesParameter(String query, String name) {
        if (query == null) {
            return false;
        }
        for (String pair : query.split("&")) {
            String key = pair.split("=", 2)[0];
            try {
                if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
                    return true;
                }
            } catch (IllegalArgumentException malformed) {
                // Tomcat drops a parameter it cannot decode, so this one cannot carry the token either.
            }
        }
        return false;
    }
}
