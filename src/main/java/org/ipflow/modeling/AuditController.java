package org.ipflow.modeling;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log, newest first, a page of 50 at a time (keyset by id, so no count over the whole log). */
@Controller
class AuditController {

    static final int PAGE = 50;

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String entries(@RequestParam(required = false) Long before, Model model) {
        // One more than a page tells whether an older page exists.
        List<AuditLog.Entry> entries = audit.olderThan(before, PAGE + 1);
        boolean more = entries.size() > PAGE;
        List<AuditLog.Entry> page = more ? entries.subList(0, PAGE) : entries;
        model.addAttribute("entries", page);
        model.addAttribute("older", more ? page.get(PAGE - 1).id() : null);
        model.addAttribute("paged", before != null);
        return "admin/audit";
    }
}
