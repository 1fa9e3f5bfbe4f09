package org.ipflow.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /account/sessions}: a user sees where they are logged in and ends sessions they do not recognise or
 * have left open elsewhere. Only the user's own sessions are reachable; their own current one ends by logging out.
 */
@Controller
class SessionController {

    private static final String PAGE = "/account/sessions";

    private final UserSessions sessions;
    private final MessageSource messages;

    SessionController(UserSessions sessions, MessageSource messages) {
        this.sessions = sessions;
        this.messages = messages;
    }

    @GetMapping(PAGE)
    String list(Authentication user, HttpServletRequest request, Model model) {
        model.addAttribute("sessions", sessions.of(user.getName(), request.getSession().getId()));
        return "account/sessions";
    }

    @PostMapping(PAGE + "/{reference}/end")
    String end(@PathVariable String reference, Authentication user, HttpServletRequest request,
            RedirectAttributes redirect) {
        if (UserSessions.reference(request.getSession().getId()).equals(reference)
                || !sessions.end(user.getName(), reference)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("flash", message("sessions.ended", 1));
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/end-others")
    String endOthers(Authentication user, HttpServletRequest request, RedirectAttributes redirect) {
        int ended = sessions.endAllBut(user.getName(), request.getSession().getId());
        redirect.addFlashAttribute("flash", message("sessions.ended", ended));
        return "redirect:" + PAGE;
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
