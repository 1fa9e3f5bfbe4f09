package org.ipflow.recovery;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The forgotten-password pages, linked from the login page: ask with an e-mail address or a contact number,
 * then set the new password with the link's token or the SMS code. Forms carry the CSRF token, as every
 * form of IPFlow, the anonymous registration's too.
 */
@Controller
class PasswordResetController {

    private final PasswordResets resets;
    private final MessageSource messages;

    PasswordResetController(PasswordResets resets, MessageSource messages) {
        this.resets = resets;
        this.messages = messages;
    }

    @GetMapping("/password-reset")
    String ask() {
        return "account/forgotten";
    }

    @PostMapping("/password-reset")
    String request(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String phone,
            HttpServletRequest request, Locale locale, Model model) {
        model.addAttribute("email", email);
        model.addAttribute("phone", phone);
        Optional<String> refusal = ResetAddresses.refusal(email, phone);
        if (refusal.isPresent()) {
            model.addAttribute("error", messages.getMessage("reset.error.address", null, locale));
            return "account/forgotten";
        }
        boolean byPhone = ResetAddresses.blank(email);
        Optional<Duration> wait = byPhone ? resets.byPhone(phone, request.getRemoteAddr())
                : resets.byEmail(email, request.getRemoteAddr());
        if (wait.isPresent()) {
            model.addAttribute("error", messages.getMessage("reset.error.tooMany", null, locale));
            return "account/forgotten";
        }
        if (byPhone) {
            model.addAttribute("errors", Map.of());
            return "account/new-password";
        }
        model.addAttribute("sent", true);
        return "account/forgotten";
    }

    @GetMapping("/password-reset/new")
    String newPassword(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("account", resets.accountOfLink(token).orElse(null));
        model.addAttribute("errors", Map.of());
        return "account/new-password";
    }

    @PostMapping("/password-reset/new")
    String reset(@RequestParam(required = false) String token, @RequestParam(required = false) String phone,
            @RequestParam(required = false) String code, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String passwordRepeated, Locale locale, Model model) {
        PasswordResets.Outcome outcome = token != null && !token.isEmpty()
                ? resets.withLink(token, password, passwordRepeated)
                : resets.withCode(phone, code, password, passwordRepeated);
        if (outcome.done()) {
            return "redirect:/login?reset";
        }
        Map<String, String> errors = new HashMap<>();
        if (!outcome.validSecret()) {
            errors.put("code", messages.getMessage("reset.error.invalid", null, locale));
        }
        outcome.refusals().forEach((field, refusal) -> errors.put(field, messages.getMessage(refusal, locale)));
        model.addAttribute("token", token);
        model.addAttribute("phone", phone);
        model.addAttribute("account", token == null ? null : resets.accountOfLink(token).orElse(null));
        model.addAttribute("errors", errors);
        return "account/new-password";
    }
}
