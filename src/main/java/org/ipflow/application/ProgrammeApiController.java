package org.ipflow.application;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.ipflow.forms.FormCatalog;
import org.ipflow.programme.ProgrammeCatalog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/programmes}: each programme's key, name, start form (form-js schema) and documents. */
@RestController
@Tag(name = "Programmes")
class ProgrammeApiController {

    private final ProgrammeCatalog programmes;
    private final FormCatalog forms;

    ProgrammeApiController(ProgrammeCatalog programmes, FormCatalog forms) {
        this.programmes = programmes;
        this.forms = forms;
    }

    record DocumentJson(String kind, String label, boolean required) {
    }

    record ProgrammeJson(String key, String name, JsonNode form, List<DocumentJson> documents) {
    }

    @Operation(summary = "The active programmes with their start forms and documents",
            description = "Roles: any signed-in user.")
    @GetMapping("/api/programmes")
    List<ProgrammeJson> list(Locale locale) {
        return programmes.all().stream().map(p -> new ProgrammeJson(p.key(), p.name(locale),
                forms.require(p.startForm()).raw(),
                p.documents().stream().map(d -> new DocumentJson(d.kind(), d.label(locale), d.required())).toList()))
                .toList();
    }
}
