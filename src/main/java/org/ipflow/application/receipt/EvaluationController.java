package org.ipflow.application.receipt;

import java.util.Locale;
import org.ipflow.application.StateConflict;
import org.ipflow.application.ValidationFailed;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The evaluation form of the application page: same rules as the API, the answer back on the page. */
@Controller
class EvaluationController {

    private final Evaluations evaluations;
    private final MessageSource messages;

    EvaluationController(Evaluations evaluations, MessageSource messages) {
        this.evaluations = evaluations;
        this.messages = messages;
    }

    @PostMapping("/applications/{id}/evaluation")
    String evaluate(@PathVariable long id, @RequestParam(required = false) Integer rating,
            @RequestParam(required = false) String comment, Authentication user, Locale locale,
            RedirectAttributes redirect) {
        try {
            evaluations.evaluate(user, id, rating, comment);
        } catch (ValidationFailed invalid) {
            redirect.addFlashAttribute("evaluationError", String.join(" ", invalid.errors().values()));
        } catch (StateConflict conflict) {
            redirect.addFlashAttribute("evaluationError", messages.getMessage("evaluation.error.state", null, locale));
        }
        return "redirect:/applications/" + id + "#evaluation";
    }
}
