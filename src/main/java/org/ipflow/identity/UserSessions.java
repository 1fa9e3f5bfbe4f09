package org.ipflow.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Lists and ends a user's browser sessions, on every node: they live in the database (Spring Session JDBC),
 * indexed by principal name. Ended when an account is disabled, its roles change, its password or second factor
 * is set, so that nothing keeps working on what it was allowed before; listed for the user and administrators,
 * who name a session by a {@link OpenSession#reference() reference}, never by its id, which would let the reader
 * take the session over.
 */
@Component
class UserSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** A session of a user as a page shows it. */
    record OpenSession(String reference, Instant createdAt, Instant lastAccessedAt, boolean current) {
    }

    /** The user's sessions, the most recently used first; {@code currentId} marks the caller's own. */
    List<OpenSession> of(String username, String currentId) {
        return sessions.findByPrincipalName(username).values().stream()
                .map(s -> new OpenSession(reference(s.getId()), s.getCreationTime(), s.getLastAccessedTime(),
                        s.getId().equals(currentId)))
                .sorted(Comparator.comparing(OpenSession::lastAccessedAt).reversed()).toList();
    }

    /** Ends the user's session of this reference; false if the user has none such. */
    boolean end(String username, String reference) {
        for (String id : sessions.findByPrincipalName(username).keySet()) {
            if (reference(id).equals(reference)) {
                sessions.deleteById(id);
                return true;
            }
        }
        return false;
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

    /** A short digest of the id: tells the sessions apart, and cannot be turned back into the id. */
    static String reference(String sessionId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
