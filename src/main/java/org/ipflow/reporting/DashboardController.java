package org.ipflow.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ipflow.calendar.CalendarCoverage;
import org.ipflow.operations.UncoveredSteps;
import org.ipflow.shared.ExportFormat;
import org.ipflow.shared.OfficeTime;
import org.ipflow.shared.Table;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The dashboard of approvers and administrators, and the export of each of its tables. */
@Controller
class DashboardController {

    private final DashboardTables tables;
    private final PlanTargets targets;
    private final ObjectMapper json;
    private final UncoveredSteps uncovered;
    private final CalendarCoverage calendar;

    DashboardController(DashboardTables tables, PlanTargets targets, ObjectMapper json, UncoveredSteps uncovered,
            CalendarCoverage calendar) {
        this.tables = tables;
        this.targets = targets;
        this.json = json;
        this.uncovered = uncovered;
        this.calendar = calendar;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) Integer year, Model model, Locale locale)
            throws JsonProcessingException {
        int shown = year(year);
        Map<String, Table> all = new LinkedHashMap<>();
        DashboardTables.NAMES.forEach(name -> all.put(name, tables.table(name, shown, locale).orElseThrow()));
        model.addAttribute("year", shown);
        model.addAttribute("currentYear", tables.currentYear());
        model.addAttribute("tables", all);
        model.addAttribute("progress", targets.progress(tables.currentYear()));
        model.addAttribute("charts", charts(all));
        model.addAttribute("uncovered", uncovered.list());
        model.addAttribute("missingCalendarYears", calendar.missingYears(LocalDate.now(OfficeTime.ZONE)));
        return "reporting/dashboard";
    }

    private Map<String, String> charts(Map<String, Table> all) throws JsonProcessingException {
        Map<String, String> charts = new LinkedHashMap<>();
        charts.put("status", json.writeValueAsString(Chart.pivot(all.get("status"), row -> row.get(0), 1, 2)));
        charts.put("regions", json.writeValueAsString(Chart.pivot(all.get("regions"), row -> row.get(1), 0, 2)));
        charts.put("money", json.writeValueAsString(Chart.columns(all.get("money"), row -> row.get(0), false, 1, 2)));
        // A step's name on the first line, its programme on the second: steps of different programmes share names.
        charts.put("steps", json.writeValueAsString(Chart.columns(all.get("steps"),
                row -> List.of(row.get(1), row.get(0)), true, 4, 5)));
        charts.put("overdue", json.writeValueAsString(Chart.columns(all.get("overdue"), row -> row.get(0), false, 1)));
        return charts;
    }

    @GetMapping("/dashboard/export/{table}.{format}")
    ResponseEntity<byte[]> export(@PathVariable String table, @PathVariable String format,
            @RequestParam(required = false) Integer year, Locale locale) {
        int shown = year(year);
        var found = tables.table(table, shown, locale);
        var file = ExportFormat.of(format);
        if (found.isEmpty() || file.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return file.get().download(found.get(), "ipflow-" + table + "-" + shown);
    }

    /** The year asked for when it is one the figures can have, otherwise this year. */
    private int year(Integer asked) {
        int current = tables.currentYear();
        return asked != null && asked >= YearWindow.EARLIEST && asked <= current ? asked : current;
    }
}
