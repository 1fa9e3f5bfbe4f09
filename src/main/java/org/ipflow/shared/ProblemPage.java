package org.ipflow.shared;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * IPFlow's error page ({@code templates/problem.html} in the usual layout) for the answers a filter gives
 * before Spring MVC and its error dispatch (a body too large, the database away). Drawn by the template
 * engine alone, so it needs neither a session nor the database: the reader's language from the locale
 * cookie, the words from the bundles ({@code error.heading.<kind>}, {@code error.message.<kind>}), the
 * start page as the way on, and the page the user came from when it is one of IPFlow's.
 */
@Component
public class ProblemPage {

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final LocaleResolver locales;

    ProblemPage(ITemplateEngine templates, MessageSource messages, LocaleResolver locales) {
        this.templates = templates;
        this.messages = messages;
        this.locales = locales;
    }

    /** Answers {@code status} with the page of error {@code kind}; {@code message} (already localised) or the kind's own. */
    void write(HttpServletRequest request, HttpServletResponse response, int status, String kind, String message)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        Map<String, Object> page = new HashMap<>();
        page.put("status", status);
        page.put("heading", messages.getMessage("error.heading." + kind, null, locale));
        page.put("message", message != null ? message : messages.getMessage("error.message." + kind, null, locale));
        page.put("back", samePagePath(request));
        response.setStatus(status);
        response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        templates.process("problem", new WebContext(exchange, locale, page), response.getWriter());
    }

    /** Whether the request is a browser's asking for a page (not the API's, not a script's asking for JSON). */
    static boolean wantsPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader("Accept");
        return !path.startsWith("/api/") && !path.startsWith("/engine-rest") && accept != null
                && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    /**
     * The path (and query) of the page the user came from, when it is one of IPFlow's: only the Referer's
     * path is used, and only when its host is this server's, so that no other site can plant a link here.
     */
    public static String samePagePath(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null || referer.length() > 2000) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath();
            if (!request.getServerName().equalsIgnoreCase(uri.getHost()) || path == null || !path.startsWith("/")
                    || path.startsWith("//") || path.equals(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))
                    || path.equals(request.getRequestURI())) {
                return null;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
