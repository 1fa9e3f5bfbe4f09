package org.ipflow.modeling;

import java.security.Principal;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Migration of running instances to a process's latest version: the dry run, then the chosen instances. */
@Controller
class MigrationController {

    private final InstanceMigration migration;

    MigrationController(InstanceMigration migration) {
        this.migration = migration;
    }

    @GetMapping("/admin/studio/bpmn/{key}/migration")
    String dryRun(@PathVariable String key, Model model) {
        ModelStudio.requireKey(key);
        model.addAttribute("run", migration.dryRun(key));
        return "admin/migration";
    }

    @PostMapping("/admin/studio/bpmn/{key}/migration")
    String migrate(@PathVariable String key, @RequestParam(name = "instance", required = false) List<String> instances,
            Principal user, RedirectAttributes redirect) {
        ModelStudio.requireKey(key);
        int moved = instances == null || instances.isEmpty() ? 0 : migration.migrate(key, instances, user.getName());
        redirect.addFlashAttribute("migrated", moved);
        return "redirect:/admin/studio/bpmn/" + key + "/migration";
    }
}
