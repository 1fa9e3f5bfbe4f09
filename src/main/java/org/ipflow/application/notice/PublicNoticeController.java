package org.ipflow.application.notice;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ipflow.application.ValidationFailed;
import org.ipflow.programme.Programme;
import org.ipflow.programme.ProgrammeCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public notice page: no login; objections are throttled per client address. */
@Controller
class PublicNoticeController {

    private final PublicNotices notices;
    private final ProgrammeCatalog programmes;

    PublicNoticeController(PublicNotices notices, ProgrammeCatalog programmes) {
        this.notices = notices;
        this.programmes = programmes;
    }

    /** Programme names from the catalogue, so a programme an administrator defined is named too. */
    @ModelAttribute("programmeNames")
    Map<String, String> programmeNames(Locale locale) {
        return programmes.everything().stream().collect(Collectors.toMap(Programme::key, p -> p.name(locale)));
    }

    @GetMapping("/public/notices")
    String list(Model model) {
        model.addAttribute("notices", notices.current());
        return "public/notices";
    }

    @PostMapping("/public/notices/{number}/objections")
    String object(@PathVariable String number, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String contact, @RequestParam(defaultValue = "") String reason,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        try {
            notices.object(number, name, contact, reason, request.getRemoteAddr());
        } catch (ValidationFailed | PublicNotices.TooManyRequests e) {
            model.addAttribute("notices", notices.current());
            model.addAttribute("objecting", number);
            model.addAttribute("input", Map.of("name", name, "contact", contact, "reason", reason));
            model.addAttribute("errors", e instanceof ValidationFailed v ? v.errors() : Map.of("reason", e.getMessage()));
            return "public/notices";
        }
        redirect.addFlashAttribute("filed", number);
        return "redirect:/public/notices";
    }
}
