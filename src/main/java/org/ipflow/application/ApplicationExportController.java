package org.ipflow.application;

import java.util.Locale;
import org.ipflow.application.internal.ApplicationExport;
import org.ipflow.shared.ExportFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The application list (staff's search, an enterprise's own applications) as CSV or Excel, with the page's search. */
@Controller
class ApplicationExportController {

    private final ApplicationExport export;

    ApplicationExportController(ApplicationExport export) {
        this.export = export;
    }

    @GetMapping("/applications/export.{format}")
    ResponseEntity<byte[]> export(@PathVariable String format, Authentication user,
            @RequestParam(required = false) String q, Locale locale) {
        return ExportFormat.of(format).map(file -> file.dated(export.table(user, q, locale), "applications"))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
