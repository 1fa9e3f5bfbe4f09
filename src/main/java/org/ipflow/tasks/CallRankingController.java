package org.ipflow.tasks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ipflow.application.ValidationFailed;
import org.ipflow.shared.ShownAmounts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The approver's ranking page of a call ({@code /tasks/calls/{id}/ranking}, approvers only): the ranked
 * applications with the running sum and the funding line, an amount and a decision per row, and one button
 * that decides the batch. Rows left undecided stay in the ranking for later.
 */
@Controller
class CallRankingController {

    private final CallRanking ranking;
    private final CallDecisions decisions;
    private final MessageSource messages;
    private final ShownAmounts shown;

    CallRankingController(CallRanking ranking, CallDecisions decisions, MessageSource messages, ShownAmounts shown) {
        this.ranking = ranking;
        this.decisions = decisions;
        this.messages = messages;
        this.shown = shown;
    }

    @GetMapping("/tasks/calls/{id}/ranking")
    String page(@PathVariable long id, Authentication user, Model model) {
        model.addAttribute("ranking", ranking.of(user, id));
        return "tasks/ranking";
    }

    @PostMapping("/tasks/calls/{id}/ranking")
    String decide(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Authentication user,
            RedirectAttributes redirect) {
        List<CallDecisions.Decision> batch = new ArrayList<>();
        for (CallRanking.Entry entry : ranking.of(user, id).entries()) {
            String decision = form.getFirst("decision-" + entry.applicationId());
            if (decision != null && !decision.isBlank()) {
                batch.add(new CallDecisions.Decision(entry.applicationId(), decision,
                        amount(form.getFirst("amount-" + entry.applicationId())),
                        form.getFirst("comment-" + entry.applicationId())));
            }
        }
        try {
            CallDecisions.Outcome outcome = decisions.decide(user, id, batch);
            if (outcome.overBudget()) {
                redirect.addFlashAttribute("flashError", message("ranking.error.overBudget",
                        shown.money(outcome.requested()), shown.money(outcome.room().left()),
                        shown.money(outcome.room().budget()), shown.money(outcome.room().committed())));
            } else {
                long done = outcome.results().stream().filter(r -> r.status() == 200).count();
                redirect.addFlashAttribute("flash", message("ranking.decided", done, outcome.results().size(),
                        outcome.noticeNumber() == null ? "—" : outcome.noticeNumber()));
                redirect.addFlashAttribute("refused", outcome.results().stream().filter(r -> r.status() != 200)
                        .toList());
            }
        } catch (ValidationFailed e) {
            redirect.addFlashAttribute("flashError", String.join(" ", e.errors().values()));
        }
        return "redirect:/tasks/calls/" + id + "/ranking";
    }

    /** An amount as typed; one that is no number is left for the form's own check to refuse. */
    private static BigDecimal amount(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : new BigDecimal(typed.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return BigDecimal.valueOf(-1);
        }
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
