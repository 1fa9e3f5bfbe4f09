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
        model.addAttribute("processes", repository.createProcessDefinitionQuery().orderByProcessDefinitionKey().asc()
                .orderByProcessDefinitionVersion().desc().listPage(0, 200));
        model.addAttribute("decisions", repository.createDecisionDefinitionQuery().orderByDecisionDefinitionKey().asc()
                .orderByDecisionDefinitionVersion().desc().listPage(0, 200));
        return "admin/overview";
    }
}
