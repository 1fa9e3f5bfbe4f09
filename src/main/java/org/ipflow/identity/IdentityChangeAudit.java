package org.ipflow.identity;

import java.util.function.Supplier;
import org.ipflow.shared.AdminActionPerformed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Audits every write to Camunda's identity store, whichever path reaches it: IPFlow's pages and API, an
 * engine REST call, start-up. {@link AuditedIdentityProvider} reports each write from inside the engine's
 * command, so the entry commits with the change. Who and where: {@link CurrentCaller}. Services that
 * write their own, richer entries (the administration of users) run their writes in
 * {@link #auditedByCaller}, so that nothing is recorded twice.
 */
@Component
class IdentityChangeAudit {

    private static final ThreadLocal<Boolean> AUDITED_BY_CALLER = ThreadLocal.withInitial(() -> false);

    private final ApplicationEventPublisher events;

    IdentityChangeAudit(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Runs writes whose audit entry the caller publishes itself, with more of the business in it. */
    <T> T auditedByCaller(Supplier<T> writes) {
        boolean outer = AUDITED_BY_CALLER.get();
        AUDITED_BY_CALLER.set(true);
        try {
            return writes.get();
        } finally {
            AUDITED_BY_CALLER.set(outer);
        }
    }

    /** One write; {@code detail} never holds a password or its hash. */
    void written(String action, String subject, String detail) {
        if (AUDITED_BY_CALLER.get()) {
            return;
        }
        String where = CurrentCaller.channel();
        events.publishEvent(new AdminActionPerformed(CurrentCaller.name(), action, subject,
                detail == null ? where : detail + "; " + where));
    }
}
