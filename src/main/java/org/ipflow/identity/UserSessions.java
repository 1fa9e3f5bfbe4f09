package org.ipflow.identity;

import java.util.Map;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a user's browser sessions, on every node: they live in the database (Spring Session JDBC), indexed by
 * principal name. Used when an account is disabled, its roles change or its password is set, so that nothing
 * keeps working on what it was allowed before.
 */
@Component
class UserSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the user; returns how many there were. */
    int endAll(String username) {
        return endAllBut(username, null);
    }

    /** Ends the user's sessions except the one of this id (the user's own, after changing their password). */
    int endAllBut(String username, String keep) {
        Map<String, ? extends Session> found = sessions.findByPrincipalName(username);
        int ended = 0;
        for (String id : found.keySet()) {
            if (!id.equals(keep)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        return ended;
    }
}
