package org.ipflow.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /account/password}: every logged-in user changes their own password here, and a user whose
 * password an administrator set is kept here ({@link PasswordChangeGate}) until they have.
 */
@Controller
class AccountController {

    private static final String VIEW = "account/password";

    private final OwnPassword passwords;
    private final PasswordPolicy policy;
    private final UserSessions sessions;
    private final MessageSource messages;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountController(OwnPassword passwords, PasswordPolicy policy, UserSessions sessions, MessageSource messages) {
        this.passwords = passwords;
        this.policy = policy;
        this.sessions = sessions;
        this.messages = messages;
    }

    @GetMapping(PasswordChangeGate.PAGE)
    String form(Authentication user, Model model) {
        model.addAttribute("form", PasswordForm.empty());
        model.addAttribute("mustChange", PasswordChangeGate.mustChangePassword(user));
        return VIEW;
    }

    @PostMapping(PasswordChangeGate.PAGE)
    String change(@ModelAttribute("form") PasswordForm form, BindingResult result, Authentication user, Model model,
            RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        if (form.currentPassword() == null || form.currentPassword().isEmpty()) {
            result.rejectValue("currentPassword", "validation.required");
        }
        policy.check(form.password(), form.passwordRepeated(), passwords.personal(user.getName()), result);
        if (!result.hasErrors() && form.password().equals(form.currentPassword())) {
            result.rejectValue("password", "account.password.same");
        }
        if (!result.hasErrors()) {
            try {
                if (!passwords.change(user.getName(), form.currentPassword(), form.password())) {
                    result.rejectValue("currentPassword", "account.password.wrongCurrent");
                }
            } catch (LoginThrottled throttled) {
                result.rejectValue("currentPassword", "account.password.locked",
                        new Object[] {LoginThrottled.minutes(throttled.retryAfter())}, null);
            }
        }
        if (result.hasErrors()) {
            model.addAttribute("mustChange", PasswordChangeGate.mustChangePassword(user));
            return VIEW;
        }
        // The user's other sessions end (the password may have been known to someone else); this one goes on
        // under a new id, with the user's roles in place of the bare must-change authority.
        sessions.endAllBut(user.getName(), request.getSession().getId());
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(passwords.withRoles(user.getName()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        redirect.addFlashAttribute("flash", messages.getMessage("account.password.changed", null,
                LocaleContextHolder.getLocale()));
        String landing = HomeController.landingPage(context.getAuthentication());
        return "redirect:" + (landing == null ? "/" : landing);
    }
}
