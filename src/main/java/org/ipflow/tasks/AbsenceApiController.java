package org.ipflow.tasks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET|PUT /api/me/absence {from, until, substitute}}: the caller's own absence; all null ends it. */
@RestController
@RequestMapping("/api/me/absence")
@Tag(name = "Absence")
class AbsenceApiController {

    private final Absences absences;

    AbsenceApiController(Absences absences) {
        this.absences = absences;
    }

    record AbsenceJson(LocalDate from, LocalDate until, String substitute) {

        static final AbsenceJson NONE = new AbsenceJson(null, null, null);

        static AbsenceJson of(Absence absence) {
            return new AbsenceJson(absence.from(), absence.until(), absence.substitute());
        }
    }

    @Operation(summary = "The caller's absence and substitute",
            description = "Roles: reviewer, finance, approver. Nulls when no absence is set.")
    @GetMapping
    AbsenceJson get(Authentication user) {
        return absences.of(user.getName()).map(AbsenceJson::of).orElse(AbsenceJson.NONE);
    }

    @Operation(summary = "Set or end the caller's absence",
            description = "Roles: reviewer, finance, approver. {from, until, substitute}; all null ends it; 400 "
                    + "with errors on from, until or substitute.")
    @PutMapping
    AbsenceJson put(@RequestBody(required = false) AbsenceJson request, Authentication user) {
        AbsenceJson wanted = request == null ? AbsenceJson.NONE : request;
        return absences.set(user.getName(), wanted.from(), wanted.until(), wanted.substitute())
                .map(AbsenceJson::of).orElse(AbsenceJson.NONE);
    }
}
