package org.ipflow.enterprise;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
import org.ipflow.identity.PendingPerson;
import org.ipflow.identity.SignOn;
import org.ipflow.shared.Region;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The confirmation of an enterprise's person on their first login through the OpenID provider: they join the
 * enterprise registered with their credit code, or register it. Only a person holding {@link SignOn#CONFIRM}
 * reaches this page (the security configuration), so the pending person is always there.
 */
@Controller
class SignOnController {

    private static final String VIEW = "enterprise/sign-on";

    private final SignOn signOn;
    private final FirstSignOn firstSignOn;
    private final MessageSource messages;

    SignOnController(SignOn signOn, FirstSignOn firstSignOn, MessageSource messages) {
        this.signOn = signOn;
        this.firstSignOn = firstSignOn;
        this.messages = messages;
    }

    @GetMapping(SignOn.CONFIRM_PAGE)
    String page(Authentication authentication, Model model) {
        PendingPerson person = pending(authentication);
        return show(person, SignOnForm.of(person), Map.of(), model);
    }

    @PostMapping(path = SignOn.CONFIRM_PAGE, params = "join")
    String join(Authentication authentication, Model model, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        PendingPerson person = pending(authentication);
        try {
            signOn.signIn(firstSignOn.join(person), request, response);
            return "redirect:/home";
        } catch (RegistrationConflict conflict) {
            model.addAttribute("refused", messages.getMessage("signon.taken", null, locale));
            return show(person, SignOnForm.of(person), Map.of(), model);
        }
    }

    @PostMapping(path = SignOn.CONFIRM_PAGE, params = "!join")
    String register(Authentication authentication, @Valid @ModelAttribute("form") SignOnForm form,
            BindingResult result, Model model, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        PendingPerson person = pending(authentication);
        if (!result.hasErrors()) {
            try {
                signOn.signIn(firstSignOn.register(person, form), request, response);
                return "redirect:/home";
            } catch (RegistrationConflict conflict) {
                model.addAttribute("refused", messages.getMessage("signon.taken", null, locale));
            }
        }
        return show(person, form, FieldMessages.of(result, messages, locale), model);
    }

    private String show(PendingPerson person, SignOnForm form, Map<String, String> errors, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("registered", firstSignOn.registered(person).orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("regions", Region.values());
        return VIEW;
    }

    private PendingPerson pending(Authentication authentication) {
        return signOn.pending(authentication).orElseThrow(() -> new IllegalStateException("no pending sign-on"));
    }
}
