package org.ipflow.application.receipt;

import org.ipflow.application.Application;
import org.ipflow.application.ApplicationDetails;
import org.ipflow.application.Applications;
import org.ipflow.enterprise.Enterprises;
import org.ipflow.forms.FormRenderer;
import org.ipflow.programme.Programme;
import org.ipflow.programme.ProgrammeCatalog;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The printable application (申报书), {@code /applications/{id}/print}: the data and documents as submitted,
 * with the declaration and the area for the legal representative's signature and the enterprise's stamp.
 * Whoever may see the application may print it.
 */
@Controller
class PrintableApplicationController {

    private final ApplicationDetails details;
    private final Applications applications;
    private final ProgrammeCatalog programmes;
    private final Enterprises enterprises;
    private final FormRenderer renderer;

    PrintableApplicationController(ApplicationDetails details, Applications applications, ProgrammeCatalog programmes,
            Enterprises enterprises, FormRenderer renderer) {
        this.details = details;
        this.applications = applications;
        this.programmes = programmes;
        this.enterprises = enterprises;
        this.renderer = renderer;
    }

    @GetMapping("/applications/{id}/print")
    String print(@PathVariable long id, Authentication user, Model model) {
        ApplicationDetails.View view = details.view(user, id);
        Application application = view.application();
        Programme programme = programmes.find(application.programmeKey()).orElseThrow();
        model.addAttribute("view", view);
        model.addAttribute("app", application);
        model.addAttribute("programme", programme);
        model.addAttribute("enterprise", enterprises.findById(application.enterpriseId()).orElseThrow());
        model.addAttribute("form", renderer.render(applications.form(application, programme), application.data(),
                java.util.Map.of(), LocaleContextHolder.getLocale()));
        return "applications/print";
    }
}
