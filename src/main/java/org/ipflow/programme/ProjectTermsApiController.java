package org.ipflow.programme;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.Map;
import java.util.stream.Collectors;
import org.ipflow.shared.ApiProblems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A programme's project terms for administrators ({@code /api/admin/programmes/{key}/project-terms}, the security
 * configuration's rule for /api/admin), the same rules and audit as the programme page.
 */
@RestController
@Tag(name = "Programmes")
class ProjectTermsApiController {

    private final ProgrammeRepository programmes;
    private final ProjectTerms terms;
    private final ProjectTermsAdministration administration;
    private final MessageSource messages;
    private final ApiProblems problems;

    ProjectTermsApiController(ProgrammeRepository programmes, ProjectTerms terms,
            ProjectTermsAdministration administration, MessageSource messages, ApiProblems problems) {
        this.programmes = programmes;
        this.terms = terms;
        this.administration = administration;
        this.messages = messages;
        this.problems = problems;
    }

    /**
     * Award share and months both null: the programme has no terms and pays its grants in full on award. The
     * report form is the id of the form its results are reported with; null in a request leaves it as it is.
     */
    record TermsJson(String programme, Integer awardPercent, Integer projectMonths, String reportForm) {
    }

    @Operation(summary = "A programme's project terms",
            description = "Roles: admin. {programme, awardPercent, projectMonths, reportForm}: the share of the approved "
                    + "amount paid on award (the rest on acceptance), the project period and the form-js form id of the "
                    + "results report; all null when the programme pays in full on award; 404 for no programme.")
    @GetMapping("/api/admin/programmes/{key}/project-terms")
    TermsJson projectTerms(@PathVariable String key) {
        programmes.find(key).orElseThrow(() -> new ProgrammeNotFound(key));
        var current = terms.of(key);
        return new TermsJson(key, current.map(ProjectTerms.Terms::awardPercent).orElse(null),
                current.map(ProjectTerms.Terms::projectMonths).orElse(null),
                current.map(t -> terms.reportForm(key)).orElse(null));
    }

    @Operation(summary = "Set a programme's project terms",
            description = "Roles: admin. {awardPercent (1-100), projectMonths (1-120)}, both required, and optionally "
                    + "reportForm: a known form with the fields newOutputValue, jobs, patentsImplemented and moneySpent "
                    + "(\"\" for the default form, absent to keep the current one); grants already paid keep their "
                    + "tranches; audited; 400 with field errors; 404 for no programme. (Clearing both on the programme "
                    + "page removes the terms.)")
    @PutMapping("/api/admin/programmes/{key}/project-terms")
    ResponseEntity<?> defineProjectTerms(@PathVariable String key, @RequestBody TermsJson body, Principal user) {
        programmes.find(key).orElseThrow(() -> new ProgrammeNotFound(key));
        var form = new ProjectTermsForm(text(body.awardPercent()), text(body.projectMonths()), body.reportForm());
        // Both required here, so that a body missing the fields cannot remove a programme's terms by accident.
        Map<String, String> refused = form.none() ? ProjectTermsForm.BOTH_MISSING.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey,
                        e -> messages.getMessage(e.getValue(), null, LocaleContextHolder.getLocale())))
                : administration.save(key, form, user.getName());
        if (!refused.isEmpty()) {
            return problems.invalid(refused);
        }
        return ResponseEntity.ok(projectTerms(key));
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }
}
