package org.ipflow.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatusCode;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 with {@code Retry-After} while the database is away (restarted, failing over, pool
 * exhausted), wherever the failure surfaces: a controller, the engine, Spring Session loading the session,
 * the login's user lookup. Outermost filter, so it sees what the session and security filters throw as
 * well; clients get a clean, retryable answer and never a stack trace: a browser's page request IPFlow's
 * error page ({@link ProblemPage}, which needs no database), the API its problem details ({@link ApiProblems}),
 * a page's scripts {@code {"error": ...}}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    static final String BODY = "{\"error\":\"database unavailable, please retry shortly\"}";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final ProblemPage page;
    private final ApiProblems problems;

    DatabaseUnavailableFilter(ProblemPage page, ApiProblems problems) {
        this.page = page;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!databaseUnavailable(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warn("database unavailable: {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            response.reset();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "5");
            if (ProblemPage.wantsPage(request)) {
                page.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "unavailable", null);
                return;
            }
            if (ApiProblems.isApi(request)) {
                problems.write(request, response, HttpStatusCode.valueOf(HttpServletResponse.SC_SERVICE_UNAVAILABLE),
                        null, Map.of());
                return;
            }
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(BODY);
        }
    }

    static boolean databaseUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException || t instanceof SQLRecoverableException) {
                return true;
            }
            // Commit or rollback failed on the connection: when the commit's own failure (the server went
            // away) is overridden by the failed rollback, only "connection is closed" remains to be seen.
            if (t instanceof TransactionSystemException) {
                return true;
            }
            // 08: connection exceptions; 57P: the server shuts down or restarts (PostgreSQL).
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
