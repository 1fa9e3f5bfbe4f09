package org.ipflow.application;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.ipflow.forms.FormDataBinder;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The enterprise's results report on its application's page (项目验收), on the programme's report form with a
 * document: the same rules as {@code POST /api/applications/{id}/results}. A refused report goes back to the page
 * with what was typed and the messages as flash attributes; the document has to be chosen again, as a browser
 * never fills a file input.
 */
@Controller
class ProjectResultController {

    private final ProjectResults results;
    private final Applications applications;
    private final ReportForms forms;
    private final FormDataBinder binder;
    private final MessageSource messages;

    ProjectResultController(ProjectResults results, Applications applications, ReportForms forms, FormDataBinder binder,
            MessageSource messages) {
        this.results = results;
        this.applications = applications;
        this.forms = forms;
        this.binder = binder;
        this.messages = messages;
    }

    @PostMapping("/applications/{id}/results")
    String report(@PathVariable long id, HttpServletRequest request, @RequestParam(required = false) MultipartFile file,
            Authentication user, RedirectAttributes redirect) throws IOException {
        Application application = applications.visible(user, id);
        // A HashMap: refused input travels as a flash attribute, in the session.
        Map<String, Object> data = new HashMap<>(binder.bind(forms.of(application.programmeKey()),
                request.getParameterMap()));
        try {
            results.reportWithDocument(user, id, data, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
            redirect.addFlashAttribute("flash", message("results.sent"));
        } catch (ValidationFailed refused) {
            redirect.addFlashAttribute("resultsData", data);
            redirect.addFlashAttribute("resultsErrors", refused.errors());
        } catch (StateConflict notDue) {
            redirect.addFlashAttribute("flashError", message("results.error.notDue"));
        }
        return "redirect:/applications/" + id + "#results";
    }

    private String message(String code) {
        return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
    }
}
