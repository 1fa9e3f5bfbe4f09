package org.ipflow.shared;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The one error format of IPFlow's JSON API: RFC 9457 problem details ({@code application/problem+json})
 * with {@code type}, {@code title}, {@code status}, {@code detail} and {@code instance} in the caller's
 * language, and field errors as the extension member {@code errors: {field: message}}, which clients of the
 * earlier {@code {errors}} answers keep reading. Every refusal of {@code /api} is built here: by the API's
 * exception advice, by controllers for answers they decide themselves, and by the filters and security
 * handlers that answer before Spring MVC runs.
 */
@Component
public class ApiProblems {

    /** Problem types are URNs, not addresses: there is no page per type to fetch; the title says what it is. */
    static final String TYPE = "urn:ipflow:problem:";

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ObjectMapper json;

    ApiProblems(MessageSource messages, LocaleResolver locales, ObjectMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    /** Whether the request is one of the JSON API's, whose errors take this format (pages keep their error pages). */
    public static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** {@code status} with {@code detail} (already in the caller's language; null for the status's own words). */
    public ResponseEntity<ProblemDetail> answer(HttpStatusCode status, String detail) {
        return answer(status, detail, Map.of());
    }

    /** As {@link #answer(HttpStatusCode, String)}, with field errors under {@code errors}. */
    public ResponseEntity<ProblemDetail> answer(HttpStatusCode status, String detail, Map<String, ?> errors) {
        return answer(status, detail, errors, HttpHeaders.EMPTY);
    }

    /** As {@link #answer(HttpStatusCode, String, Map)}, with headers such as {@code Retry-After} or {@code Allow}. */
    public ResponseEntity<ProblemDetail> answer(HttpStatusCode status, String detail, Map<String, ?> errors,
            HttpHeaders headers) {
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(status, detail, errors, LocaleContextHolder.getLocale()));
    }

    /** 400 for a request whose fields are wrong, each with its message. */
    public ResponseEntity<ProblemDetail> invalid(Map<String, ?> errors) {
        return answer(HttpStatus.BAD_REQUEST, null, errors);
    }

    /** The problem itself, in {@code locale}; its instance is set by Spring MVC from the request's path. */
    public ProblemDetail problem(HttpStatusCode status, String detail, Map<String, ?> errors, Locale locale) {
        String kind = kind(status, errors);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE + kind));
        problem.setTitle(messages.getMessage("api.problem." + kind, null, locale));
        problem.setDetail(detail != null ? detail : messages.getMessage("api.problem." + kind + ".detail", null, locale));
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    /**
     * Writes the problem straight to the response, for the filters and security handlers that answer before
     * Spring MVC: the caller's language then comes from the locale resolver, not the request's context.
     */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String detail,
            Map<String, ?> errors) throws IOException {
        ProblemDetail problem = problem(status, detail, errors, locales.resolveLocale(request));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", request.getRequestURI());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), body);
    }

    /** The last part of the problem's type and of its message keys. */
    static String kind(HttpStatusCode status, Map<String, ?> errors) {
        HttpStatus known = HttpStatus.resolve(status.value());
        if (known == null) {
            return status.is5xxServerError() ? "serverError" : "other";
        }
        return switch (known) {
            case BAD_REQUEST -> errors.isEmpty() ? "badRequest" : "invalid";
            case UNAUTHORIZED -> "unauthorized";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "notFound";
            case METHOD_NOT_ALLOWED -> "methodNotAllowed";
            case NOT_ACCEPTABLE -> "notAcceptable";
            case CONFLICT -> "conflict";
            case PAYLOAD_TOO_LARGE -> "tooLarge";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupportedMediaType";
            case UNPROCESSABLE_ENTITY -> "unprocessable";
            case TOO_MANY_REQUESTS -> "tooManyRequests";
            case SERVICE_UNAVAILABLE -> "unavailable";
            default -> known.is5xxServerError() ? "serverError" : "other";
        };
    }
}
