package org.ipflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatusCode;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseUnavailableFilterTest {

    final ProblemPage page = mock(ProblemPage.class);
    final ApiProblems problems = mock(ApiProblems.class);
    final DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter(page, problems);

    @Test
    void lostConnectionAnywhereAnswersTheApi503Problem() throws Exception {
        var response = run(new CannotGetJdbcConnectionException("no connection", new SQLException("refused", "08001")));

        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        verify(problems).write(any(), any(), eq(HttpStatusCode.valueOf(503)), isNull(), eq(Map.of()));
        verifyNoInteractions(page);
    }

    /** A page's script (autosave) reads {@code error}, as it does from every other refusal of its calls. */
    @Test
    void aPagesScriptGets503Json() throws Exception {
        var request = new MockHttpServletRequest("POST", "/applications/7/autosave");
        request.addHeader("Accept", "application/json");
        var response = new MockHttpServletResponse();

        filter.doFilter(request, response, failing(new CannotGetJdbcConnectionException("no connection")));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getContentAsString()).isEqualTo(DatabaseUnavailableFilter.BODY);
        verifyNoInteractions(page, problems);
    }

    /** A browser asking for a page gets IPFlow's error page, which the page bean draws (ErrorPagesIT shows it). */
    @Test
    void aBrowsersPageRequestGetsThePage() throws Exception {
        var request = new MockHttpServletRequest("GET", "/applications/7");
        request.addHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        var response = new MockHttpServletResponse();

        filter.doFilter(request, response, failing(new CannotGetJdbcConnectionException("no connection")));

        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        verify(page).write(any(), any(), eq(503), eq("unavailable"), isNull());
    }

    @Test
    void wrappedByTheMvcLayerOrTheEngineStill503() throws Exception {
        var engine = new RuntimeException("ENGINE-03004", new SQLException("terminating connection", "57P01"));
        assertThat(run(new ServletException("handler failed", engine)).getStatus()).isEqualTo(503);
        assertThat(run(new CannotCreateTransactionException("pool timed out")).getStatus()).isEqualTo(503);
    }

    /** Seen in the drill: PostgreSQL restarted during a commit, the rollback then found the connection closed. */
    @Test
    void commitLostWithTheServerStill503() throws Exception {
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        assertThat(run(new RuntimeException("ENGINE-03083 persistence", rollback)).getStatus()).isEqualTo(503);
    }

    @Test
    void otherFailuresPassThrough() {
        var bug = new IllegalStateException("a bug", new SQLException("syntax error", "42601"));
        assertThatThrownBy(() -> run(bug)).isSameAs(bug);
    }

    private MockHttpServletResponse run(Exception failure) throws Exception {
        var response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/api/tasks"), response, failing(failure));
        return response;
    }

    private static MockFilterChain failing(Exception failure) {
        return new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req,
                    jakarta.servlet.http.HttpServletResponse res) throws ServletException {
                if (failure instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw (ServletException) failure;
            }
        });
    }
}
