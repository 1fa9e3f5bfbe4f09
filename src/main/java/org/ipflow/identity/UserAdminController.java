package org.ipflow.identity;

import java.util.List;
import org.ipflow.shared.Region;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's pages of users ({@code /admin/users}): list and search, create a staff user, and per
 * user its roles and regions, disable or enable, and a password reset. Passwords go in, never out.
 */
@Controller
class UserAdminController {

    private final StaffDirectory directory;
    private final UserAdministration administration;
    private final PasswordPolicy passwords;
    private final GroupCoverage coverage;
    private final MessageSource messages;
    private final SecondFactors factors;
    private final UserSessions sessions;

    UserAdminController(StaffDirectory directory, UserAdministration administration, PasswordPolicy passwords,
            GroupCoverage coverage, MessageSource messages, SecondFactors factors, UserSessions sessions) {
        this.factors = factors;
        this.sessions = sessions;
        this.directory = directory;
        this.administration = administration;
        this.passwords = passwords;
        this.coverage = coverage;
        this.messages = messages;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("assignableRoles", RolesForm.ASSIGNABLE);
        model.addAttribute("allRegions", Region.values());
    }

    @GetMapping("/admin/users")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "staff") String kind,
            @RequestParam(defaultValue = "0") int page, Model model) {
        boolean enterprises = "enterprise".equals(kind);
        model.addAttribute("q", q);
        model.addAttribute("kind", enterprises ? "enterprise" : "staff");
        model.addAttribute("users", directory.search(q, enterprises, page));
        if (!enterprises) {
            model.addAttribute("regionCoverage", coverage.regionalReviewers());
        }
        return "admin/users";
    }

    @GetMapping("/admin/users/new")
    String newUser(Model model) {
        model.addAttribute("form", NewUserForm.empty());
        return "admin/user-new";
    }

    @PostMapping("/admin/users")
    String create(@ModelAttribute("form") NewUserForm form, BindingResult result, Authentication admin,
            RedirectAttributes redirect, Model model) {
        form.check(result, passwords);
        if (!result.hasErrors()) {
            try {
                administration.create(admin.getName(), form);
                redirect.addFlashAttribute("flash", message("admin.users.created", form.username()));
                redirect.addAttribute("id", form.username());
                return "redirect:/admin/users/{id}";
            } catch (UserAdminRefused refused) {
                result.rejectValue(refused.field(), refused.messageCode());
            }
        }
        // Everything entered comes back except the passwords, which no page ever shows.
        model.addAttribute("form", form.withoutPasswords());
        model.addAttribute("org.springframework.validation.BindingResult.form", result);
        return "admin/user-new";
    }

    @GetMapping("/admin/users/{id}")
    String user(@PathVariable String id, Model model) {
        var user = directory.find(id).orElseThrow(() -> new UserNotFound(id));
        if (!model.containsAttribute("rolesForm")) {
            model.addAttribute("rolesForm", new RolesForm(user.roles(), user.regionCodes()));
        }
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", PasswordForm.empty());
        }
        model.addAttribute("user", user);
        model.addAttribute("factorEnrolledAt", factors.enrolledAt(id).orElse(null));
        model.addAttribute("sessions", sessions.of(id, null));
        return "admin/user";
    }

    @PostMapping("/admin/users/{id}/roles")
    String roles(@PathVariable String id, @ModelAttribute("rolesForm") RolesForm form, BindingResult result,
            Authentication admin, RedirectAttributes redirect, Model model) {
        form.check(result);
        if (!result.hasErrors()) {
            try {
                administration.changeRoles(admin.getName(), id, form);
                redirect.addFlashAttribute("flash", message("admin.users.rolesChanged", id));
                return "redirect:/admin/users/{id}";
            } catch (UserAdminRefused refused) {
                result.rejectValue(refused.field(), refused.messageCode());
            }
        }
        return user(id, model);
    }

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(@PathVariable String id, @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult result, Authentication admin, RedirectAttributes redirect, Model model) {
        passwords.check(form.password(), form.passwordRepeated(), personal(id), result);
        if (!result.hasErrors()) {
            try {
                administration.resetPassword(admin.getName(), id, form.password());
                redirect.addFlashAttribute("flash", message("admin.users.passwordReset", id));
                return "redirect:/admin/users/{id}";
            } catch (UserAdminRefused refused) {
                result.rejectValue(refused.field(), refused.messageCode());
            }
        }
        return user(id, model);
    }

    @PostMapping("/admin/users/{id}/disable")
    String disable(@PathVariable String id, Authentication admin, RedirectAttributes redirect) {
        try {
            administration.disable(admin.getName(), id);
            redirect.addFlashAttribute("flash", message("admin.users.disabled", id));
        } catch (UserAdminRefused refused) {
            redirect.addFlashAttribute("flashError", message(refused.messageCode()));
        }
        return "redirect:/admin/users/{id}";
    }

    @PostMapping("/admin/users/{id}/factor/reset")
    String resetFactor(@PathVariable String id, Authentication admin, RedirectAttributes redirect) {
        administration.resetFactor(admin.getName(), id);
        redirect.addFlashAttribute("flash", message("admin.users.factorReset", id));
        return "redirect:/admin/users/{id}";
    }

    @PostMapping("/admin/users/{id}/sessions/end")
    String endSessions(@PathVariable String id, Authentication admin, RedirectAttributes redirect) {
        int ended = administration.endSessions(admin.getName(), id);
        redirect.addFlashAttribute("flash", message("admin.users.sessionsEnded", id, ended));
        return "redirect:/admin/users/{id}";
    }

    @PostMapping("/admin/users/{id}/enable")
    String enable(@PathVariable String id, Authentication admin, RedirectAttributes redirect) {
        administration.enable(admin.getName(), id);
        redirect.addFlashAttribute("flash", message("admin.users.enabled", id));
        return "redirect:/admin/users/{id}";
    }

    /** What the user's password must not be built from: their user name, names and e-mail. */
    private List<String> personal(String id) {
        return directory.find(id).map(u -> java.util.Arrays.asList(u.id(), u.firstName(), u.lastName(), u.email()))
                .orElse(List.of(id));
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
