package org.ipflow.operations;

import java.security.Principal;
import java.time.LocalDate;
import org.ipflow.calendar.CalendarCoverage;
import org.ipflow.shared.OfficeTime;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operations page: running instances per programme and step, incidents (retry), timers (run now,
 * with a reason), steps nobody can take, and a warning when a year's office calendar is missing.
 */
@Controller
class OperationsController {

    /** Lists are capped, not paged: an administrator acts on the oldest incidents and the soonest timers. */
    static final int LIST_LIMIT = 100;

    private final InstanceCounts counts;
    private final Incidents incidents;
    private final Timers timers;
    private final JobRuns runs;
    private final CalendarCoverage calendar;
    private final UncoveredSteps uncovered;
    private final MessageSource messages;

    OperationsController(InstanceCounts counts, Incidents incidents, Timers timers, JobRuns runs,
            CalendarCoverage calendar, UncoveredSteps uncovered, MessageSource messages) {
        this.counts = counts;
        this.incidents = incidents;
        this.timers = timers;
        this.runs = runs;
        this.calendar = calendar;
        this.uncovered = uncovered;
        this.messages = messages;
    }

    @GetMapping("/admin/operations")
    String overview(Model model) {
        model.addAttribute("programmes", counts.perProgramme());
        model.addAttribute("incidents", incidents.newest(LIST_LIMIT));
        model.addAttribute("timers", timers.soonest(LIST_LIMIT));
        model.addAttribute("limit", LIST_LIMIT);
        model.addAttribute("uncovered", uncovered.list());
        model.addAttribute("missingCalendarYears", calendar.missingYears(LocalDate.now(OfficeTime.ZONE)));
        return "admin/operations";
    }

    @PostMapping("/admin/operations/incidents/{id}/retry")
    String retry(@PathVariable String id, Principal user, RedirectAttributes redirect) {
        try {
            Incidents.OpenIncident incident = incidents.retry(id, user.getName());
            redirect.addFlashAttribute("flash", message("operations.retry.done", incident.activityName(),
                    incident.businessKey() == null ? incident.processInstanceId() : incident.businessKey()));
        } catch (OperationRefused e) {
            redirect.addFlashAttribute("flashError", message(e.messageKey(), e.arguments()));
        }
        return "redirect:/admin/operations";
    }

    /**
     * Runs a timer now. Ending a legal period early (a public notice, a correction deadline) is no click to
     * make by mistake: the page asks for a reason and for a confirmation that names the step and its due time.
     */
    @PostMapping("/admin/operations/timers/{id}/run")
    String runNow(@PathVariable String id, @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "false") boolean confirmed, Principal user, RedirectAttributes redirect) {
        try {
            if (!confirmed) {
                throw new OperationRefused("operations.confirm.required");
            }
            JobRuns.JobRun run = runs.run(id, user.getName(), reason);
            redirect.addFlashAttribute("flash", message("operations.timer.done", run.activityName(),
                    run.businessKey() == null ? String.valueOf(run.processInstanceId()) : run.businessKey()));
        } catch (OperationRefused e) {
            redirect.addFlashAttribute("flashError", message(e.messageKey(), e.arguments()));
        }
        return "redirect:/admin/operations";
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
