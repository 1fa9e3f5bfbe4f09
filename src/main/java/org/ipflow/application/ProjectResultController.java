package org.ipflow.application;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The enterprise's results report on its application's page (项目验收), with a document: the same rules as
 * {@code POST /api/applications/{id}/results}. A refused report goes back to the page with what was typed and the
 * messages as flash attributes; the document has to be chosen again, as a browser never fills a file input.
 */
@Controller
class ProjectResultController {

    private final ProjectResults results;
    private final MessageSource messages;

    ProjectResultController(ProjectResults results, MessageSource messages) {
        this.results = results;
        this.messages = messages;
    }

    /** The report's inputs as typed; Serializable, as refused input travels as a flash attribute in the session. */
    record ResultsForm(String newOutputValue, String jobs, String patentsImplemented, String moneySpent)
            implements Serializable {

        static final ResultsForm EMPTY = new ResultsForm("", "", "", "");

        /** A report returned for correction: the form starts from what was sent. */
        static ResultsForm of(ProjectResult sent) {
            return new ResultsForm(sent.newOutputValue().toPlainString(), String.valueOf(sent.jobs()),
                    String.valueOf(sent.patentsImplemented()), sent.moneySpent().toPlainString());
        }

        /** The typed value of an input, by its name. */
        public String value(String name) {
            return switch (name) {
                case "newOutputValue" -> newOutputValue;
                case "jobs" -> jobs;
                case "patentsImplemented" -> patentsImplemented;
                case "moneySpent" -> moneySpent;
                default -> throw new IllegalArgumentException(name);
            };
        }

        ProjectResults.Report report() {
            return new ProjectResults.Report(amount(newOutputValue), count(jobs), count(patentsImplemented),
                    amount(moneySpent));
        }

        private static BigDecimal amount(String text) {
            try {
                return text == null || text.isBlank() ? null : new BigDecimal(text.strip().replace(",", ""));
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }

        private static Integer count(String text) {
            try {
                return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
    }

    @PostMapping("/applications/{id}/results")
    String report(@PathVariable long id, @ModelAttribute ResultsForm form,
            @RequestParam(required = false) MultipartFile file, Authentication user, RedirectAttributes redirect)
            throws IOException {
        try {
            results.reportWithDocument(user, id, form.report(), file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
            redirect.addFlashAttribute("flash", message("results.sent"));
        } catch (ValidationFailed refused) {
            redirect.addFlashAttribute("resultsForm", form);
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
