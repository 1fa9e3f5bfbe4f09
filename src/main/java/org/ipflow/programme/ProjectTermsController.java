package org.ipflow.programme;

import java.security.Principal;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Saves the project terms from the programme page (admin-only like all of /admin). Refused input goes back to the
 * page with what was typed and the messages as flash attributes, which the page shows instead of the stored terms.
 */
@Controller
class ProjectTermsController {

    private final ProjectTermsAdministration administration;
    private final MessageSource messages;

    ProjectTermsController(ProjectTermsAdministration administration, MessageSource messages) {
        this.administration = administration;
        this.messages = messages;
    }

    @PostMapping("/admin/programmes/{key}/project-terms")
    String save(@PathVariable String key, @ModelAttribute ProjectTermsForm terms, Principal user,
            RedirectAttributes redirect) {
        Map<String, String> refused = administration.save(key, terms, user.getName());
        if (refused.isEmpty()) {
            redirect.addFlashAttribute("flash", message("programmes.terms.saved"));
        } else {
            redirect.addFlashAttribute("terms", terms);
            redirect.addFlashAttribute("termsErrors", refused);
        }
        return "redirect:/admin/programmes/" + key + "#project-terms";
    }

    private String message(String code) {
        return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
    }
}
