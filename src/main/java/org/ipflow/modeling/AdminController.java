package org.ipflow.modeling;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's start page: what is deployed, in which versions. */
@Controller
class AdminController {

    private final RepositoryService repository;

    AdminController(RepositoryService repository) {
        this.repository = repository;
    }

    @GetMapping("/admin")
    String overview(Model model) {
        model.addAttribute("processes", repository.createProcessDefinitionQuery().latestVersion()
                .orderByProcessDefinitionKey().asc().listPage(0, 500));
        model.addAttribute("decisions", repository.createDecisionDefinitionQuery().latestVersion()
                .orderByDecisionDefinitionKey().asc().listPage(0, 500));
        return "admin/overview";
    }
}
