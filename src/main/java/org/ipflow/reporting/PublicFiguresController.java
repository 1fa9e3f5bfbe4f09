package org.ipflow.reporting;

import java.util.Locale;
import org.ipflow.shared.ExportFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public page of the programmes' yearly figures, and its CSV; no login. */
@Controller
class PublicFiguresController {

    private final PublicFigures figures;
    private final DashboardTables tables;

    PublicFiguresController(PublicFigures figures, DashboardTables tables) {
        this.figures = figures;
        this.tables = tables;
    }

    @GetMapping("/public/figures")
    String figures(Model model, Locale locale) {
        model.addAttribute("table", figures.table(tables.currentYear(), locale));
        model.addAttribute("years", PublicFigures.YEARS);
        return "public/figures";
    }

    @GetMapping("/public/figures.csv")
    ResponseEntity<byte[]> csv(Locale locale) {
        return ExportFormat.CSV.download(figures.table(tables.currentYear(), locale), "ipflow-figures");
    }
}
