package org.ipflow.tasks;

import java.util.Locale;
import org.ipflow.shared.ExportFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The inbox (with its filters) and "done by me" as CSV or Excel: every page of them, up to the export's bound. */
@Controller
class TaskExportController {

    private final TaskExport export;

    TaskExportController(TaskExport export) {
        this.export = export;
    }

    @GetMapping("/tasks/export.{format}")
    ResponseEntity<byte[]> inbox(@PathVariable String format, Authentication user,
            @RequestParam(required = false) String programme, @RequestParam(required = false) String region,
            @RequestParam(required = false) String step, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "DUE") InboxFilter.Sort sort, @RequestParam(required = false) String q,
            Locale locale) {
        InboxFilter filter = new InboxFilter(programme, region, step, overdue, sort, q);
        return ExportFormat.of(format).map(file -> file.dated(export.inbox(user, filter, locale), "inbox"))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/tasks/done/export.{format}")
    ResponseEntity<byte[]> done(@PathVariable String format, Authentication user, Locale locale) {
        return ExportFormat.of(format).map(file -> file.dated(export.done(user, locale), "done"))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
