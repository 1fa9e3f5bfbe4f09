package org.ipflow.application;

import java.nio.charset.StandardCharsets;
import org.ipflow.application.internal.Documents;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A document shown inside IPFlow's own pages (the reviewer's "预览"): served inline, to whoever may download it.
 * Only what browsers display themselves (PDF, PNG, JPEG: all that uploads accept) is served inline.
 */
@Controller
class DocumentPreviewController {

    /**
     * Framed by our own pages only; no script, style or fetch of its own. {@code object-src 'self'} because
     * Chromium shows a PDF through an embed of the same address, which {@code object-src 'none'} would block.
     */
    static final String CSP = "default-src 'none'; img-src 'self'; object-src 'self'; style-src 'unsafe-inline'; "
            + "frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

    private final Documents documents;

    DocumentPreviewController(Documents documents) {
        this.documents = documents;
    }

    @GetMapping("/applications/{id}/documents/{documentId}/inline")
    ResponseEntity<byte[]> inline(@PathVariable long id, @PathVariable long documentId, Authentication user) {
        Documents.Download download = documents.download(user, id, documentId);
        Attachment attachment = download.attachment();
        boolean shown = attachment.contentType().equals(MediaType.APPLICATION_PDF_VALUE)
                || attachment.contentType().startsWith("image/");
        ContentDisposition disposition = (shown ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(attachment.fileName(), StandardCharsets.UTF_8).build();
        // Set here, this policy wins over the application-wide one, which forbids any framing. X-Frame-Options
        // stays DENY for browsers that know no CSP; those that do follow frame-ancestors and ignore it.
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", CSP)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(download.content());
    }
}
