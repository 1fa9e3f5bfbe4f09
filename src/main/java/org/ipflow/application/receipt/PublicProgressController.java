package org.ipflow.application.receipt;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.ipflow.programme.ProgrammeCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public page {@code /public/progress}: the same look-up as the API, for people holding a receipt. */
@Controller
class PublicProgressController {

    private final PublicProgress progress;
    private final ProgrammeCatalog programmes;

    PublicProgressController(PublicProgress progress, ProgrammeCatalog programmes) {
        this.progress = progress;
        this.programmes = programmes;
    }

    @GetMapping("/public/progress")
    String page() {
        return "public/progress";
    }

    /** A POST, so that the code stays out of addresses, server logs and browser history. */
    @PostMapping("/public/progress")
    String lookup(@RequestParam(required = false) String number, @RequestParam(required = false) String code,
            HttpServletRequest request, Locale locale, Model model) {
        model.addAttribute("number", number);
        try {
            progress.lookup(number, code, request.getRemoteAddr(), locale).ifPresentOrElse(found -> {
                model.addAttribute("progress", found);
                model.addAttribute("programmeName", programmes.find(found.programme())
                        .map(p -> p.name(locale)).orElse(found.programme()));
            }, () -> model.addAttribute("notFound", true));
        } catch (PublicProgress.TooManyLookups e) {
            model.addAttribute("tooMany", true);
        }
        return "public/progress";
    }
}
