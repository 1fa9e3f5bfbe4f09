package org.ipflow.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Bounds every request body but multipart uploads (issue 14: a 14 MB JSON body was read and stored).
 * A body that says it is larger than {@code ipflow.limits.body-size} is answered 413 before anything reads
 * it, ahead of the session and security filters; a body without a length (chunked) is counted as it is
 * read and fails with {@link RequestBodyTooLarge} at the bound, which the API answers 413 as well. A chunked form
 * post is refused with 411: the container parses form parameters itself, past any count of ours, and
 * browsers always send a length. Uploads keep their own bound ({@code spring.servlet.multipart}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimit extends OncePerRequestFilter {

    private final BodyLimits limits;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ApiProblems problems;
    private final ProblemPage page;

    RequestBodyLimit(BodyLimits limits, MessageSource messages, LocaleResolver locales, ApiProblems problems,
            ProblemPage page) {
        this.limits = limits;
        this.messages = messages;
        this.locales = locales;
        this.page = page;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long max = limits.bodySize().toBytes();
        long declared = request.getContentLengthLong();
        if (declared > max) {
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "request.error.tooLarge");
        } else if (declared < 0 && chunked(request) && isFormPost(request)) {
            refuse(request, response, HttpServletResponse.SC_LENGTH_REQUIRED, "request.error.lengthRequired");
        } else if (declared < 0 && chunked(request)) {
            chain.doFilter(new Counted(request, max, limits.readable()), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String code)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        String text = messages.getMessage(code, new Object[] {limits.readable()}, locale);
        // Tomcat reads and drops the unread body (server.tomcat.max-swallow-size), so the client gets this answer
        response.setStatus(status);
        if (ApiProblems.isApi(request)) {
            problems.write(request, response, HttpStatusCode.valueOf(status), text, Map.of("request", text));
            return;
        }
        // Before the session and security filters: IPFlow's error page, drawn without the session, with nothing of the user's in it.
        page.write(request, response, status, status == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE ? "tooLarge" : "other",
                text);
    }

    private static boolean chunked(HttpServletRequest request) {
        String encoding = request.getHeader("Transfer-Encoding");
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
    }

    private static boolean isFormPost(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }

    /** The request with a body that fails once more than {@code max} bytes are read. */
    private static final class Counted extends HttpServletRequestWrapper {

        private final ServletInputStream stream;

        Counted(HttpServletRequest request, long max, String readable) throws IOException {
            super(request);
            ServletInputStream in = request.getInputStream();
            this.stream = new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    count(b < 0 ? 0 : 1);
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    count(Math.max(n, 0));
                    return n;
                }

                private void count(int n) throws RequestBodyTooLarge {
                    read += n;
                    if (read > max) {
                        throw new RequestBodyTooLarge(readable);
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }

        @Override
        public ServletInputStream getInputStream() {
            return stream;
        }

        @Override
        public BufferedReader getReader() throws UnsupportedEncodingException {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(stream, encoding == null ? "UTF-8" : encoding));
        }
    }
}
