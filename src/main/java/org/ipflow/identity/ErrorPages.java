package org.ipflow.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.ipflow.shared.ProblemPage;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * IPFlow's page for every error that reaches the container's error dispatch (a page nobody has, a wrong
 * method, a refused request, a server error), instead of Spring Boot's English "Whitelabel" page: in the
 * reader's language, inside the usual layout, with a way on. A refused form post whose CSRF token no longer
 * matches says why: after the session ran out, "log in again" leads back to the page the form was on
 * (the login returns to it); with a session, the page was opened before the last login. Script calls get
 * their JSON from {@link DeniedRequests} and Spring Boot's JSON error body; this resolver only draws pages.
 */
@Component
class ErrorPages implements ErrorViewResolver, Ordered {

    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        String kind = kind(request, status);
        Map<String, Object> page = new HashMap<>();
        page.put("status", status.value());
        page.put("heading", message("error.heading." + kind));
        page.put("message", message("error.message." + kind));
        String back = ProblemPage.samePagePath(request);
        if ("sessionExpired".equals(kind)) {
            // Opening that page again leads through the login, which then returns to it.
            page.put("loginAgain", back == null ? "/login" : back);
        } else if (back != null) {
            page.put("back", back);
        }
        return new ModelAndView("problem", page, status);
    }

    /** The message key's last part for this error. */
    static String kind(HttpServletRequest request, HttpStatus status) {
        if (status == HttpStatus.FORBIDDEN && request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException) {
            return signedIn() ? "pageExpired" : "sessionExpired";
        }
        return switch (status) {
            case BAD_REQUEST -> "badRequest";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "notFound";
            case METHOD_NOT_ALLOWED -> "methodNotAllowed";
            case PAYLOAD_TOO_LARGE -> "tooLarge";
            case TOO_MANY_REQUESTS -> "tooManyRequests";
            case SERVICE_UNAVAILABLE -> "unavailable";
            default -> status.is5xxServerError() ? "serverError" : "other";
        };
    }

    static boolean signedIn() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
    }

    private String message(String code) {
        return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
    }

    /** Before Spring Boot's own resolver, which would look for templates named after the status. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
