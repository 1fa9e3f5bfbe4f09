package org.ipflow.modeling;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The studio editors' JSON calls (session and CSRF, like every browser page): open a model, save its
 * draft, validate, compare with the deployed version, deploy. A draft or deployment over someone
 * else's newer draft answers 409 with who saved it and when.
 */
@RestController
class StudioApiController {

    /**
     * The editor's request: the model's XML or JSON, the draft version it started from and, when
     * deploying, a note on why (optional here; the studio's page asks for one).
     */
    record Edit(String content, int version, String note) {
    }

    private final ModelStudio studio;
    private final MessageSource messages;

    StudioApiController(ModelStudio studio, MessageSource messages) {
        this.studio = studio;
        this.messages = messages;
    }

    @GetMapping("/admin/studio/api/{type}/{key}")
    ModelStudio.Opened open(@PathVariable String type, @PathVariable String key) {
        return studio.open(StudioController.type(type), key);
    }

    @PutMapping("/admin/studio/api/{type}/{key}/draft")
    Map<String, Integer> save(@PathVariable String type, @PathVariable String key, @RequestBody Edit edit,
            Principal user) {
        return Map.of("version", studio.saveDraft(StudioController.type(type), key, content(edit), user.getName(),
                edit.version()));
    }

    /** Problems keep a model from being deployed; warnings (English missing) do not. Both in the reader's language. */
    @PostMapping("/admin/studio/api/{type}/{key}/validate")
    Map<String, List<?>> validate(@PathVariable String type, @PathVariable String key, @RequestBody Edit edit,
            Locale locale) {
        ModelType modelType = StudioController.type(type);
        String content = content(edit);
        return Map.of("problems", shownProblems(studio.validate(modelType, key, content), locale), "warnings",
                shown(studio.warnings(modelType, content), locale));
    }

    @PostMapping("/admin/studio/api/{type}/{key}/diff")
    ModelDiff.Result diff(@PathVariable String type, @PathVariable String key, @RequestBody Edit edit) {
        return studio.diff(StudioController.type(type), key, content(edit));
    }

    @PostMapping("/admin/studio/api/{type}/{key}/deploy")
    ResponseEntity<?> deploy(@PathVariable String type, @PathVariable String key, @RequestBody Edit edit,
            Principal user, Locale locale) {
        ModelStudio.Deployed result = studio.deploy(StudioController.type(type), key, content(edit), user.getName(),
                edit.version(), edit.note());
        if (!result.problems().isEmpty()) {
            return ResponseEntity.unprocessableEntity()
                    .body(Map.of("problems", shownProblems(result.problems(), locale), "warnings",
                            shown(result.warnings(), locale)));
        }
        return ResponseEntity.ok(Map.of("version", result.version(), "deploymentId", result.deploymentId(),
                "warnings", shown(result.warnings(), locale)));
    }

    private List<ModelWarning.Shown> shown(List<ModelWarning> warnings, Locale locale) {
        return warnings.stream().map(w -> w.shown(messages, locale)).toList();
    }

    private List<ModelProblem.Shown> shownProblems(List<ModelProblem> problems, Locale locale) {
        return problems.stream().map(p -> p.shown(messages, locale)).toList();
    }

    @ExceptionHandler(DraftConflict.class)
    ResponseEntity<Map<String, Object>> conflict(DraftConflict conflict) {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("message", conflict.getMessage());
        body.put("author", conflict.author());
        body.put("savedAt", conflict.updatedAt());
        body.put("version", conflict.version());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }

    @ExceptionHandler(ModelRefused.class)
    ResponseEntity<Map<String, Object>> refused(ModelRefused refused, Locale locale) {
        return ResponseEntity.unprocessableEntity().body(Map.of("problems", shownProblems(refused.problems(), locale)));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, Object>> invalid(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("message", e.getMessage()));
    }

    private static String content(Edit edit) {
        if (edit == null || edit.content() == null || edit.content().isBlank()) {
            throw new IllegalArgumentException("the model is empty");
        }
        return edit.content();
    }
}
