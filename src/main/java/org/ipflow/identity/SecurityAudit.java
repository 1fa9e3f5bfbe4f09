package org.ipflow.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records refused object-level access (another enterprise's application, a task of another group) in the
 * table {@code security_audit}. The caller is answered 404 as if the object did not exist; the office
 * still sees who asked for what.
 */
@Component
public class SecurityAudit {

    /** Refused access to an object that exists but is not the caller's to see or change. */
    public static final String REFUSED = "refused";

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    SecurityAudit(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        // The refusal is thrown as an exception and rolls the caller's transaction back; the entry must stay.
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A refusal of {@code subject} (e.g. "application 12") to {@code actor}, with the request that asked. */
    public void refused(String actor, String subject) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql(
                        "insert into security_audit (at, actor, action, subject, detail) values (?, ?, ?, ?, ?)")
                .params(Timestamp.from(Instant.now()), clip(actor == null ? "anonymous" : actor, 64), REFUSED,
                        clip(subject, 200), clip(currentRequest(), 400))
                .update());
    }

    private static String currentRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getMethod() + " " + request.getRequestURI();
        }
        return null;
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
