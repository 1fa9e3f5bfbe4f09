package org.ipflow.calendar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.ipflow.shared.OfficeTime;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The calendar page: one year's holidays and swapped working days, edited by hand or replaced by a CSV file. */
@Controller
class CalendarController {

    /** A calendar file is a few dozen lines; anything much larger is not one. */
    static final long MAX_FILE_BYTES = 64 * 1024;

    private final OfficeDays days;
    private final CalendarCoverage coverage;
    private final MessageSource messages;

    CalendarController(OfficeDays days, CalendarCoverage coverage, MessageSource messages) {
        this.days = days;
        this.coverage = coverage;
        this.messages = messages;
    }

    @GetMapping("/admin/calendar")
    String show(@RequestParam(required = false) Integer year, Model model) {
        LocalDate today = LocalDate.now(OfficeTime.ZONE);
        int shown = year == null || year < OfficeDays.FIRST_YEAR || year > OfficeDays.LAST_YEAR ? today.getYear() : year;
        CalendarYear entry = days.year(shown);
        model.addAttribute("entry", entry);
        model.addAttribute("missingYears", coverage.missingYears(today));
        if (!model.containsAttribute("holidayText")) {
            model.addAttribute("holidayText", join(entry.holidays()));
            model.addAttribute("workdayText", join(entry.workdays()));
        }
        return "admin/calendar";
    }

    @PostMapping("/admin/calendar/{year}")
    String save(@PathVariable int year, @RequestParam(defaultValue = "") String holidays,
            @RequestParam(defaultValue = "") String workdays, Principal user, Model model, RedirectAttributes redirect) {
        try {
            CalendarCsv.Parsed parsed = CalendarCsv.dates(holidays, workdays).orRefuse();
            CalendarYear saved = days.replace(year, parsed.holidays(), parsed.workdays(), user.getName(), "SAVED");
            redirect.addFlashAttribute("flash", message("calendar.saved", String.valueOf(year), saved.holidays().size(),
                    saved.workdays().size()));
            return "redirect:/admin/calendar?year=" + year;
        } catch (CalendarRefused e) {
            model.addAttribute("holidayText", holidays);
            model.addAttribute("workdayText", workdays);
            return refused(year, e, model);
        }
    }

    @PostMapping("/admin/calendar/{year}/import")
    String importCsv(@PathVariable int year, @RequestParam MultipartFile file, Principal user, Model model,
            RedirectAttributes redirect) throws IOException {
        try {
            if (file.isEmpty() || file.getSize() > MAX_FILE_BYTES) {
                throw new CalendarRefused(List.of(new CalendarRefused.Problem("calendar.csv.file")));
            }
            CalendarCsv.Parsed parsed = CalendarCsv.read(new String(file.getBytes(), StandardCharsets.UTF_8)).orRefuse();
            CalendarYear saved = days.replace(year, parsed.holidays(), parsed.workdays(), user.getName(), "IMPORTED");
            redirect.addFlashAttribute("flash", message("calendar.imported", String.valueOf(year), saved.holidays().size(),
                    saved.workdays().size()));
            return "redirect:/admin/calendar?year=" + year;
        } catch (CalendarRefused e) {
            return refused(year, e, model);
        }
    }

    /** Shows the same page again with every problem listed; what the administrator typed stays in the fields. */
    private String refused(int year, CalendarRefused e, Model model) {
        model.addAttribute("problems", e.problems().stream().map(p -> message(p.key(), p.arguments())).toList());
        return show(year, model);
    }

    private static String join(List<LocalDate> dates) {
        return dates.stream().map(LocalDate::toString).collect(Collectors.joining("\n"));
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
