package org.ipflow.programme;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipflow.shared.Region;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The programmes and their rules for anyone, without login: what each funds, who may apply, the documents
 * asked for and the call for applications open now or next. The office publishes them (open information);
 * applying needs an enterprise account.
 */
@Controller
class PublicProgrammesController {

    private final ProgrammeCatalog catalogue;
    private final ProgrammeCalls calls;

    PublicProgrammesController(ProgrammeCatalog catalogue, ProgrammeCalls calls) {
        this.catalogue = catalogue;
        this.calls = calls;
    }

    @GetMapping("/public/programmes")
    String programmes(Model model) {
        List<Programme> active = catalogue.all().stream().filter(Programme::active).toList();
        Map<String, Call> open = new HashMap<>();
        Map<String, Call> upcoming = new HashMap<>();
        Map<String, List<Region>> regions = new HashMap<>();
        for (Programme p : active) {
            calls.openNow(p.key()).ifPresentOrElse(c -> open.put(p.key(), c),
                    () -> calls.nextUpcoming(p.key()).ifPresent(c -> upcoming.put(p.key(), c)));
            regions.put(p.key(), p.regions().stream().map(Region::ofCode).flatMap(java.util.Optional::stream).toList());
        }
        model.addAttribute("programmes", active);
        model.addAttribute("openCalls", open);
        model.addAttribute("upcomingCalls", upcoming);
        model.addAttribute("regions", regions);
        return "public/programmes";
    }
}
