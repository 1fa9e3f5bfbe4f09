package org.ipflow.enterprise;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The enterprise's profile page, {@code /enterprise}: the profile form and the enterprise's users. */
@Controller
class EnterpriseProfileController {

    private static final String VIEW = "enterprise/profile";

    private final EnterpriseProfiles profiles;
    private final EnterpriseMembers members;
    private final MessageSource messages;

    EnterpriseProfileController(EnterpriseProfiles profiles, EnterpriseMembers members, MessageSource messages) {
        this.profiles = profiles;
        this.members = members;
        this.messages = messages;
    }

    @GetMapping("/enterprise")
    String page(Principal caller, Model model) {
        EnterpriseProfile profile = own(caller);
        model.addAttribute("form", ProfileForm.of(profile));
        return show(profile, Map.of(), model);
    }

    @PostMapping("/enterprise")
    String save(@Valid @ModelAttribute("form") ProfileForm form, BindingResult result, Principal caller, Model model,
            Locale locale, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                profiles.update(caller.getName(), form);
                redirect.addFlashAttribute("notice", messages.getMessage("profile.saved", null, locale));
                return "redirect:/enterprise";
            } catch (ProfileRefused refused) {
                if (refused.kind() == ProfileRefused.Kind.NOT_FOUND) {
                    throw new ResponseStatusException(HttpStatus.NOT_FOUND);
                }
                result.rejectValue(refused.field(), refused.messageCode());
            }
        }
        return show(own(caller), FieldMessages.of(result, messages, locale), model);
    }

    @PostMapping("/enterprise/users")
    String invite(@RequestParam String username, @RequestParam(required = false) String password, Principal caller,
            Locale locale, RedirectAttributes redirect) {
        return change(() -> members.invite(caller.getName(), username.strip(),
                password == null || password.isEmpty() ? null : password), "profile.users.added", username, locale,
                redirect);
    }

    @PostMapping("/enterprise/users/remove")
    String remove(@RequestParam String username, Principal caller, Locale locale, RedirectAttributes redirect) {
        return change(() -> members.remove(caller.getName(), username), "profile.users.removed", username, locale,
                redirect);
    }

    private String change(Runnable change, String done, String username, Locale locale, RedirectAttributes redirect) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", messages.getMessage(done, new Object[] {username}, locale));
        } catch (ProfileRefused refused) {
            redirect.addFlashAttribute("usersError", messages.getMessage(refused.messageCode(), null, locale));
        }
        return "redirect:/enterprise#users";
    }

    private EnterpriseProfile own(Principal caller) {
        // A user removed from the enterprise keeps the role until an administrator changes it, but no profile.
        return profiles.ofUser(caller.getName()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String show(EnterpriseProfile profile, Map<String, String> errors, Model model) {
        model.addAttribute("profile", profile);
        model.addAttribute("errors", errors);
        return VIEW;
    }
}
