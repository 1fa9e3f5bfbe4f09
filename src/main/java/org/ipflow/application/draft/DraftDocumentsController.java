package org.ipflow.application.draft;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.ipflow.application.Attachment;
import org.ipflow.application.ValidationFailed;
import org.ipflow.application.internal.Documents;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Uploading and deleting the documents of a draft. The answer goes back to the documents on the draft
 * page, with its message there (not at the top of the page, out of sight) and, after a refusal, the
 * chosen kind still chosen. The upload button belongs to the draft's form, so an upload carries what was
 * typed, which is saved first ({@link DraftOnScreen}): without script too, nothing typed is lost.
 */
@Controller
class DraftDocumentsController {

    private final Documents documents;
    private final DraftPage page;
    private final DraftOnScreen onScreen;

    DraftDocumentsController(Documents documents, DraftPage page, DraftOnScreen onScreen) {
        this.documents = documents;
        this.page = page;
        this.onScreen = onScreen;
    }

    @PostMapping("/applications/{id}/documents")
    String upload(@PathVariable long id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) MultipartFile file, HttpServletRequest request, Authentication user,
            Model model, RedirectAttributes redirect) throws IOException {
        DraftOnScreen.Saved saved = DraftOnScreen.carriesDraft(request) ? onScreen.save(user.getName(), id, request) : null;
        Map<String, Object> answer = new HashMap<>();
        try {
            Attachment a = documents.attach(user.getName(), id, kind, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
            answer.put("documentFlash", page.message("document.uploaded", a.fileName()));
        } catch (ValidationFailed e) {
            answer.put("documentError", String.join(" ", e.errors().values()));
            answer.put("documentKind", kind);
        }
        if (saved != null && saved.refused()) {
            // What was typed could not be saved: shown again as typed, with its messages, beside the upload's answer.
            model.addAllAttributes(answer);
            model.addAttribute("flashError", page.message("application.saveRefused"));
            return page.render(model, saved.programme(), saved.application(), saved.data(), saved.errors(),
                    Optional.empty());
        }
        answer.forEach(redirect::addFlashAttribute);
        // After a refusal to the upload controls themselves: on a phone the list of documents above them fills the screen.
        return "redirect:/applications/" + id + "/edit" + (answer.containsKey("documentError") ? "#upload-form" : "#documents");
    }

    @PostMapping("/applications/{id}/documents/{documentId}/delete")
    String delete(@PathVariable long id, @PathVariable long documentId, Authentication user,
            RedirectAttributes redirect) {
        documents.detach(user.getName(), id, documentId);
        redirect.addFlashAttribute("documentFlash", page.message("document.deleted"));
        return "redirect:/applications/" + id + "/edit#documents";
    }
}
