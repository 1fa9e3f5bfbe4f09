package org.ipflow.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Stay signed in": a browser session ends after {@code server.servlet.session.timeout} without a request,
 * and every page tells its script how long that is ({@code sessionSeconds}), so that it can warn in time
 * (js/session.js). Pressing the button posts here, which is a request of the session like any other and
 * so starts its idle time anew. A post, with the CSRF token: a session that has ended already is refused
 * (403, reason {@code sessionExpired}) instead of quietly starting an anonymous one.
 */
@Controller
class SessionKeepAlive {

    @PostMapping("/session/keep-alive")
    ResponseEntity<Void> keepAlive() {
        return ResponseEntity.noContent().build();
    }

    /** The idle timeout of the caller's session, on every page that has one. */
    @ControllerAdvice(annotations = Controller.class)
    static class Timeout {

        @ModelAttribute("sessionSeconds")
        Integer sessionSeconds(HttpServletRequest request) {
            HttpSession session = request.getSession(false);
            return session == null || session.getMaxInactiveInterval() <= 0 ? null : session.getMaxInactiveInterval();
        }
    }
}
