package org.ipflow.application.receipt;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/applications/{id}/evaluation} {@code {rating: 1..5, comment}}: the enterprise's users, once,
 * after the application ended; 201, 400 with field errors, 404 for anyone else, 409 before the end or twice.
 */
@RestController
@Tag(name = "Applications")
class EvaluationApiController {

    private final Evaluations evaluations;

    EvaluationApiController(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    record EvaluationRequest(Integer rating, String comment) {
    }

    @Operation(summary = "Rate the service of an ended application",
            description = "Roles: enterprise (its own). {rating 1..5, comment}; once per application and only "
                    + "after it ended: 409 before or a second time; 400 with field errors; 404 for anyone "
                    + "else.")
    @PostMapping("/api/applications/{id}/evaluation")
    @ResponseStatus(HttpStatus.CREATED)
    Evaluations.Evaluation evaluate(@PathVariable long id, @RequestBody EvaluationRequest body, Authentication user) {
        return evaluations.evaluate(user, id, body.rating(), body.comment());
    }
}
