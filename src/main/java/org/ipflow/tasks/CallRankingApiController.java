package org.ipflow.tasks;

import java.util.List;
import java.util.Map;
import org.ipflow.shared.ShownAmounts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
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
class CallRankingApiController {

    private final CallRanking ranking;
    private final CallDecisions decisions;
    private final MessageSource messages;
    private final ShownAmounts shown;

    CallRankingApiController(CallRanking ranking, CallDecisions decisions, MessageSource messages,
            ShownAmounts shown) {
        this.ranking = ranking;
        this.decisions = decisions;
        this.messages = messages;
        this.shown = shown;
    }

    record BatchRequest(List<CallDecisions.Decision> entries) {
    }

    @GetMapping("/api/calls/{id}/ranking")
    CallRanking.Ranking ranking(@PathVariable long id, Authentication user) {
        return ranking.of(user, id);
    }

    @PostMapping("/api/calls/{id}/decisions")
    ResponseEntity<Map<String, Object>> decide(@PathVariable long id, @RequestBody BatchRequest body,
            Authentication user) {
        CallDecisions.Outcome outcome = decisions.decide(user, id, body.entries());
        if (outcome.overBudget()) {
            var room = outcome.room();
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", messages.getMessage(
                    "ranking.error.overBudget", new Object[] {shown.money(outcome.requested()), shown.money(room.left()),
                            shown.money(room.budget()), shown.money(room.committed())}, LocaleContextHolder.getLocale()),
                    "budget", room.budget(), "committed", room.committed(), "left", room.left(),
                    "requested", outcome.requested()));
        }
        Map<String, Object> answer = new java.util.LinkedHashMap<>();
        answer.put("noticeNumber", outcome.noticeNumber());
        answer.put("results", outcome.results());
        return ResponseEntity.ok(answer);
    }
}
