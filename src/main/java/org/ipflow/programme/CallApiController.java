package org.ipflow.programme;

import org.ipflow.shared.ApiProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A call's budget and what its applications hold of it: staff read it ({@code GET /api/admin/calls/{id}}),
 * administrators set it ({@code PUT}, the security configuration's rule for /api/admin).
 */
@RestController
@Tag(name = "Calls")
class CallApiController {

    private final ProgrammeCalls calls;
    private final CallSpending spending;
    private final ProgrammeAdministration administration;
    private final MessageSource messages;
    private final ApiProblems problems;

    CallApiController(ProgrammeCalls calls, CallSpending spending, ProgrammeAdministration administration,
            MessageSource messages, ApiProblems problems) {
        this.calls = calls;
        this.spending = spending;
        this.administration = administration;
        this.messages = messages;
        this.problems = problems;
    }

    /** {@code budget} null: no budget of its own; amounts in yuan with their fen. */
    record CallJson(long id, String programme, String name, BigDecimal budget, BigDecimal committed, BigDecimal paid,
            long applications) {
    }

    record BudgetRequest(BigDecimal budget) {
    }

    @Operation(summary = "A call's budget, committed and paid amounts",
            description = "Roles: reviewer, finance, approver, admin. {budget, committed, paid, applications}; 404 for no call.")
    @GetMapping("/api/admin/calls/{id}")
    CallJson call(@PathVariable long id) {
        Call call = calls.find(id).orElseThrow(() -> new ProgrammeNotFound(String.valueOf(id)));
        CallSpending.Spending held = spending.of(id);
        return new CallJson(call.id(), call.programmeKey(), call.name(LocaleContextHolder.getLocale()), call.budget(),
                held.committed(), held.paid(), held.applications());
    }

    @Operation(summary = "Set a call's budget",
            description = "Roles: admin. {budget} in yuan, or null for none; 400 below what is committed; 404 for no call.")
    @PutMapping("/api/admin/calls/{id}")
    ResponseEntity<?> setBudget(@PathVariable long id, @RequestBody BudgetRequest body, Principal user) {
        if (!administration.changeBudget(id, body.budget() == null ? null : body.budget().toPlainString(),
                user.getName())) {
            return problems.invalid(Map.of("budget",
                    messages.getMessage("calls.error.budget", null, LocaleContextHolder.getLocale())));
        }
        return ResponseEntity.ok(call(id));
    }
}
