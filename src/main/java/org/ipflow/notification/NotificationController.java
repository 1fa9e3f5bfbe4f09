package org.ipflow.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The enterprise's notifications page and API; reading never changes state, marking read is a POST. */
@Controller
@Tag(name = "Notifications")
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String page(Authentication user, Locale locale, Model model) {
        model.addAttribute("notifications", notifications.recent(user.getName(), locale));
        return "notifications";
    }

    @PostMapping("/notifications/read")
    String markRead(Authentication user) {
        notifications.markAllRead(user.getName());
        return "redirect:/notifications";
    }

    @Operation(summary = "The caller's notifications",
            description = "Roles: any signed-in user (an enterprise's users share the enterprise's). Newest "
                    + "first, in the request's language.")
    @GetMapping("/api/notifications")
    @ResponseBody
    List<Notification> api(Authentication user, Locale locale) {
        return notifications.recent(user.getName(), locale);
    }
}
