package org.ipflow.identity;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import org.ipflow.shared.Region;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of the expert pool ({@code /admin/experts}): the pool, a form that adds an expert
 * (an account that must change its password at first login), one that changes an expert's entry, and the
 * CSV import ({@link ExpertImport}), whose refusal shows the page again with the file's problems by line.
 */
@Controller
class ExpertAdminController {

    private static final String PAGE = "admin/experts";

    private final ExpertPool pool;
    private final ExpertImport imports;

    ExpertAdminController(ExpertPool pool, ExpertImport imports) {
        this.pool = pool;
        this.imports = imports;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("allRegions", Region.values());
        model.addAttribute("importMaxKb", ExpertImport.MAX_BYTES / 1024);
        model.addAttribute("importMaxRows", ExpertImport.MAX_ROWS);
    }

    @GetMapping("/admin/experts")
    String list(Model model) {
        return page(model, new ExpertBody(null, null, null, null, null, null, null, null, null), null, Map.of());
    }

    @GetMapping("/admin/experts/{username}")
    String edit(@PathVariable String username, Model model) {
        Expert expert = pool.find(username).orElseThrow(() -> new UserNotFound(username));
        return page(model, ExpertBody.of(expert), username, Map.of());
    }

    @PostMapping("/admin/experts")
    String add(@ModelAttribute ExpertBody form, Principal admin, RedirectAttributes redirect, Model model) {
        Map<String, String> problems = form.problems(true);
        if (problems.isEmpty()) {
            try {
                pool.add(admin.getName(), form, true);
                redirect.addFlashAttribute("saved", form.username());
                return "redirect:/admin/experts";
            } catch (UserAdminRefused refused) {
                problems = Map.of(refused.field(), refused.messageCode());
            }
        }
        return page(model, form, null, problems);
    }

    @PostMapping("/admin/experts/{username}")
    String change(@PathVariable String username, @ModelAttribute ExpertBody form, Principal admin,
            RedirectAttributes redirect, Model model) {
        Map<String, String> problems = form.problems(false);
        if (problems.isEmpty()) {
            pool.change(admin.getName(), username, form).orElseThrow(() -> new UserNotFound(username));
            redirect.addFlashAttribute("saved", username);
            return "redirect:/admin/experts";
        }
        return page(model, form, username, problems);
    }

    /** The generated passwords travel as a flash attribute: shown on the next page once, then gone. */
    @PostMapping("/admin/experts/import")
    String importFile(@RequestParam(required = false) MultipartFile file, Principal admin, Locale locale,
            RedirectAttributes redirect, Model model) throws IOException {
        ExpertImport.Outcome outcome;
        try (InputStream in = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            outcome = imports.run(admin.getName(), in);
        }
        if (outcome.problems().isEmpty()) {
            redirect.addFlashAttribute("imported", outcome.imported());
            return "redirect:/admin/experts";
        }
        model.addAttribute("importErrors", imports.messages(outcome.problems(), locale));
        return list(model);
    }

    private String page(Model model, ExpertBody form, String editing, Map<String, String> problems) {
        model.addAttribute("experts", pool.all());
        model.addAttribute("form", new ExpertBody(form.username(), null, form.name(), form.fields(), form.affiliation(),
                form.affiliationCreditCode(), form.region(), form.activeFrom(), form.activeUntil()));
        model.addAttribute("editing", editing);
        model.addAttribute("problems", problems);
        return PAGE;
    }
}
