package org.ipflow.application;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.ipflow.shared.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The results report of a funded project (项目验收): the enterprise sends it, whoever sees the application reads it. */
@RestController
@Tag(name = "Applications")
class ProjectResultApiController {

    private final ProjectResults results;
    private final ApiProblems problems;

    ProjectResultApiController(ProjectResults results, ApiProblems problems) {
        this.results = results;
        this.problems = problems;
    }

    @Operation(summary = "Report a funded project's results",
            description = "Roles: enterprise (its own). The data of the programme's report form (the project terms' "
                    + "reportForm): at least {newOutputValue, jobs, patentsImplemented, moneySpent}, amounts in yuan, "
                    + "and the form's other fields (the default form's summary), returned as details; only while the application waits for its results report at the end of the project "
                    + "period (409 otherwise); 400 with field errors; 404 for anyone else. A report returned for "
                    + "correction is sent again the same way and replaces the earlier one.")
    @PostMapping("/api/applications/{id}/results")
    ProjectResult report(@PathVariable long id, @RequestBody Map<String, Object> body, Authentication user) {
        return results.report(user, id, body);
    }

    @Operation(summary = "Read a funded project's results report",
            description = "Roles: anyone who may see the application (its enterprise, staff). 404 when there is no "
                    + "report yet or the application is not the caller's to see.")
    @GetMapping("/api/applications/{id}/results")
    ResponseEntity<?> read(@PathVariable long id, Authentication user) {
        return results.of(user, id).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> problems.answer(HttpStatus.NOT_FOUND, "application " + id + " has no results report yet"));
    }
}
