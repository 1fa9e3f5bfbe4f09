package org.ipflow.notification;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the number of unread notifications of the user into every page, for the navigation bar. */
@ControllerAdvice(annotations = Controller.class)
class UnreadBadge {

    private final Notifications notifications;

    UnreadBadge(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    Integer unread(Authentication user, HttpServletRequest request) {
        if (user == null || request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        return notifications.unread(user.getName());
    }
}
