package org.ipflow.application.draft;

import java.io.IOException;
import org.ipflow.application.Attachment;
import org.ipflow.application.ValidationFailed;
import org.ipflow.application.internal.Documents;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Uploading and deleting the documents of a draft. The answer goes back to the documents on the draft
 * page, with its message there (not at the top of the page, out of sight) and, after a refusal, the
 * chosen kind still chosen. With script the page saves what was typed before it sends these forms.
 */
@Controller
class DraftDocumentsController {

    private final Documents documents;
    private final DraftPage page;

    DraftDocumentsController(Documents documents, DraftPage page) {
        this.documents = documents;
        this.page = page;
    }

    @PostMapping("/applications/{id}/documents")
    String upload(@PathVariable long id, @RequestParam String kind, @RequestParam MultipartFile file,
            Authentication user, RedirectAttributes redirect) throws IOException {
        try {
            Attachment a = documents.attach(user.getName(), id, kind, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("documentFlash", page.message("document.uploaded", a.fileName()));
            return "redirect:/applications/" + id + "/edit#documents";
        } catch (ValidationFailed e) {
            redirect.addFlashAttribute("documentError", String.join(" ", e.errors().values()));
            redirect.addFlashAttribute("documentKind", kind);
            // To the upload form itself: on a phone the list of documents above it fills the screen.
            return "redirect:/applications/" + id + "/edit#upload-form";
        }
    }

    @PostMapping("/applications/{id}/documents/{documentId}/delete")
    String delete(@PathVariable long id, @PathVariable long documentId, Authentication user,
            RedirectAttributes redirect) {
        documents.detach(user.getName(), id, documentId);
        redirect.addFlashAttribute("documentFlash", page.message("document.deleted"));
        return "redirect:/applications/" + id + "/edit#documents";
    }
}
