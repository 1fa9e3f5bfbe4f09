package org.ipflow.modeling;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.ipflow.forms.FormCatalog;
import org.ipflow.forms.FormRenderer;
import org.ipflow.forms.FormField;
import org.ipflow.forms.FormSchemaException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

/** The studio's pages: every model with its versions, and the editor of one model. */
@Controller
class StudioController {

    private final DeployedModels deployed;
    private final FormCatalog forms;
    private final FormRenderer renderer;
    private final MessageSource messages;

    StudioController(DeployedModels deployed, FormCatalog forms, FormRenderer renderer, MessageSource messages) {
        this.deployed = deployed;
        this.forms = forms;
        this.renderer = renderer;
        this.messages = messages;
    }

    @GetMapping("/admin/studio")
    String models(Model model) {
        model.addAttribute("types", ModelType.values());
        model.addAttribute("models", Arrays.stream(ModelType.values())
                .collect(java.util.stream.Collectors.toMap(t -> t, deployed::all)));
        return "admin/studio";
    }

    @GetMapping("/admin/studio/new")
    String create(@RequestParam String type, @RequestParam String key) {
        ModelStudio.requireKey(key);
        return "redirect:/admin/studio/" + type(type).path() + "/" + key;
    }

    @GetMapping("/admin/studio/{type}/{key}")
    String editor(@PathVariable String type, @PathVariable String key, Model model) {
        ModelStudio.requireKey(key);
        model.addAttribute("type", type(type));
        model.addAttribute("key", key);
        model.addAttribute("model", deployed.find(type(type), key).orElse(null));
        // the form editor's palette offers exactly the components the server renders and validates
        model.addAttribute("formTypes", Arrays.stream(FormField.Type.values()).map(FormField.Type::jsonName)
                .collect(java.util.stream.Collectors.joining(" ")));
        return "admin/studio-editor";
    }

    /** The form as IPFlow renders it on the server, for the form editor's live preview. */
    @PostMapping("/admin/studio/form/preview")
    String preview(@RequestBody Map<String, String> body, Locale locale, Model model) {
        try {
            model.addAttribute("form", renderer.render(forms.parse(body.getOrDefault("content", "")), Map.of(), Map.of(),
                    locale));
        } catch (FormSchemaException e) {
            model.addAttribute("problem", ModelValidator.problem(e).shown(messages, locale).message());
        }
        return "admin/studio-preview";
    }

    static ModelType type(String path) {
        return ModelType.ofPath(path).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
