package org.ipflow.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ipflow.shared.ApiProblems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET|PUT /api/admin/calendar/{year}}: a year's public holidays and swapped working days, read and
 * replaced as a whole (administrators; the path's rule is in the security configuration).
 */
@RestController
@Tag(name = "Administration")
class CalendarApiController {

    /** The body of a PUT: both lists, each possibly empty. */
    record CalendarBody(List<LocalDate> holidays, List<LocalDate> workdays) {
    }

    private final OfficeDays days;
    private final MessageSource messages;
    private final ApiProblems problems;

    CalendarApiController(OfficeDays days, MessageSource messages, ApiProblems problems) {
        this.days = days;
        this.messages = messages;
        this.problems = problems;
    }

    @Operation(summary = "The office calendar of a year",
            description = "Roles: admin. Holidays and swapped working days.")
    @GetMapping("/api/admin/calendar/{year}")
    CalendarYear get(@PathVariable int year) {
        if (year < OfficeDays.FIRST_YEAR || year > OfficeDays.LAST_YEAR) {
            throw new CalendarRefused(List.of(new CalendarRefused.Problem("calendar.error.year", String.valueOf(year))));
        }
        return days.year(year);
    }

    @Operation(summary = "Replace the office calendar of a year",
            description = "Roles: admin. {holidays, workdays}; 400 with errors.calendar and every problem under "
                    + "problems.")
    @PutMapping("/api/admin/calendar/{year}")
    CalendarYear put(@PathVariable int year, @RequestBody CalendarBody body, Principal user) {
        if (body.holidays() == null || body.workdays() == null || body.holidays().contains(null)
                || body.workdays().contains(null)) {
            throw new CalendarRefused(List.of(new CalendarRefused.Problem("calendar.error.body")));
        }
        return days.replace(year, body.holidays(), body.workdays(), user.getName(), "SAVED");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable() {
        return refused(new CalendarRefused(List.of(new CalendarRefused.Problem("calendar.error.body"))));
    }

    @ExceptionHandler(CalendarRefused.class)
    ResponseEntity<ProblemDetail> refused(CalendarRefused e) {
        List<String> texts = e.problems().stream()
                .map(p -> messages.getMessage(p.key(), p.arguments(), LocaleContextHolder.getLocale())).toList();
        ResponseEntity<ProblemDetail> answer = problems.answer(HttpStatus.BAD_REQUEST, String.join(" ", texts),
                Map.of("calendar", texts.get(0)));
        answer.getBody().setProperty("problems", texts);
        return answer;
    }
}
