package org.ipflow.tasks;

import org.ipflow.shared.ApiProblems;
import org.springframework.http.ProblemDetail;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.ipflow.shared.ShownAmounts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The approver's ranking of a call and its batch decision ({@code /api/calls/**}, approvers only): 409 with
 * the budget's figures when the batch's approvals exceed what is left, nothing decided; else the result of
 * each entry and the number of the batch's public notice.
 */
@RestController
@Tag(name = "Calls")
class CallRankingApiController {

    private final CallRanking ranking;
    private final CallDecisions decisions;
    private final MessageSource messages;
    private final ShownAmounts shown;
    private final ApiProblems problems;

    CallRankingApiController(CallRanking ranking, CallDecisions decisions, MessageSource messages,
            ShownAmounts shown, ApiProblems problems) {
        this.ranking = ranking;
        this.decisions = decisions;
        this.messages = messages;
        this.shown = shown;
        this.problems = problems;
    }

    record BatchRequest(List<CallDecisions.Decision> entries) {
    }

    @Operation(summary = "A call's scored applications, ranked, against its budget",
            description = "Roles: approver. Ranked by the decision table's result and score, with the running sum and the "
                    + "funding line; 404 for no call; 409 for a programme without ranking.")
    @GetMapping("/api/calls/{id}/ranking")
    CallRanking.Ranking ranking(@PathVariable long id, Authentication user) {
        return ranking.of(user, id);
    }

    @Operation(summary = "Decide a batch of a call's applications",
            description = "Roles: approver. {entries: [{applicationId, decision, amount, comment}]}; per-entry results; 409 "
                    + "over the budget (nothing decided); 400 without entries.")
    @PostMapping("/api/calls/{id}/decisions")
    ResponseEntity<?> decide(@PathVariable long id, @RequestBody BatchRequest body,
            Authentication user) {
        CallDecisions.Outcome outcome = decisions.decide(user, id, body.entries());
        if (outcome.overBudget()) {
            var room = outcome.room();
            ProblemDetail problem = problems.problem(HttpStatus.CONFLICT, messages.getMessage("ranking.error.overBudget",
                    new Object[] {shown.money(outcome.requested()), shown.money(room.left()), shown.money(room.budget()),
                            shown.money(room.committed())}, LocaleContextHolder.getLocale()),
                    Map.of(), LocaleContextHolder.getLocale());
            problem.setProperty("budget", room.budget());
            problem.setProperty("committed", room.committed());
            problem.setProperty("left", room.left());
            problem.setProperty("requested", outcome.requested());
            return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        Map<String, Object> answer = new java.util.LinkedHashMap<>();
        answer.put("noticeNumber", outcome.noticeNumber());
        answer.put("results", outcome.results());
        return ResponseEntity.ok(answer);
    }
}
