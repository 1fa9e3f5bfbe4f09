package org.ipflow.application.receipt;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The receipt of a submitted application as a PDF, for the enterprise's users and for staff:
 * {@code GET /api/applications/{id}/receipt.pdf}, and the same at {@code /applications/{id}/receipt.pdf} for the
 * browser. Anyone else gets 404, as for the application; a draft has no receipt yet (409).
 */
@RestController
@Tag(name = "Applications")
class ReceiptController {

    private final Receipts receipts;
    private final ReceiptPdf pdf;

    ReceiptController(Receipts receipts, ReceiptPdf pdf) {
        this.receipts = receipts;
        this.pdf = pdf;
    }

    @Operation(summary = "The receipt of a submitted application as a PDF",
            description = "Roles: enterprise (its own), reviewer, finance, approver, admin. 404 for anyone "
                    + "else; 409 for a draft.")
    @GetMapping({"/api/applications/{id}/receipt.pdf", "/applications/{id}/receipt.pdf"})
    ResponseEntity<byte[]> receipt(@PathVariable long id, Authentication user) {
        ReceiptPdf.Contents contents = receipts.of(user, id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("receipt-" + contents.application().number() + ".pdf").build().toString())
                .body(pdf.render(contents));
    }
}
