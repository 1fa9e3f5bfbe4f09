package org.ipflow.enterprise;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ipflow.identity.PasswordStrength;
import org.ipflow.shared.Region;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The registration page of a new enterprise and its first user. */
@Controller
class RegistrationController {

    private static final String VIEW = "enterprise/register";

    private final Enterprises enterprises;
    private final RegistrationLimit limit;
    private final PasswordStrength strength;
    private final MessageSource messages;

    RegistrationController(Enterprises enterprises, RegistrationLimit limit, PasswordStrength strength,
            MessageSource messages) {
        this.enterprises = enterprises;
        this.limit = limit;
        this.strength = strength;
        this.messages = messages;
    }

    @ModelAttribute("regions")
    Region[] regions() {
        return Region.values();
    }

    @GetMapping("/register")
    String form(Model model) {
        model.addAttribute("form", RegistrationForm.empty());
        model.addAttribute("errors", Map.of());
        return VIEW;
    }

    @PostMapping("/register")
    String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result, Model model,
            Locale locale, HttpServletRequest request) {
        form.checkPassword(strength, result);
        if (!result.hasErrors()) {
            Optional<Duration> wait = limit.take(request.getRemoteAddr());
            if (wait.isPresent()) {
                model.addAttribute("errors", Map.of());
                model.addAttribute("refused", messages.getMessage("enterprise.registration.tooMany",
                        new Object[] {RegistrationLimit.minutes(wait.get())}, locale));
                return VIEW;
            }
            try {
                enterprises.register(form.toRegistration());
                return "redirect:/login?registered";
            } catch (RegistrationConflict conflict) {
                result.rejectValue(conflict.field(), conflict.messageCode());
            }
        }
        model.addAttribute("errors", FieldMessages.of(result, messages, locale));
        return VIEW;
    }
}
