package org.ipflow.application;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.ipflow.application.internal.Documents;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** JSON API of applications: drafts, documents, submission, detail and list (DESIGN.md section 4). */
@RestController
@RequestMapping("/api/applications")
@Tag(name = "Applications")
class ApplicationApiController {

    /** A client's token: the same token again (a retry after a lost answer) takes effect once. */
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Applications applications;
    private final Documents documents;
    private final ApplicationDetails details;

    ApplicationApiController(Applications applications, Documents documents, ApplicationDetails details) {
        this.applications = applications;
        this.documents = documents;
        this.details = details;
    }

    /** A new draft: {@code {programme, data}}. */
    record DraftRequest(String programme, Map<String, Object> data) {
    }

    @Operation(summary = "Create a draft application",
            description = "Roles: enterprise. {programme, data}; 201 with the draft; 400 with errors for a "
                    + "programme the enterprise may not apply to. Idempotency-Key makes a retry answer the "
                    + "same draft.")
    @PostMapping
    ResponseEntity<ApplicationJson.Created> create(@RequestBody DraftRequest request, Authentication user,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        Application draft = applications.createDraft(user.getName(), request.programme(), request.data(), key);
        return ResponseEntity.status(HttpStatus.CREATED).body(ApplicationJson.Created.of(draft));
    }

    @Operation(summary = "Update a draft or returned application",
            description = "Roles: enterprise (its own). 409 when the status no longer allows changes; 404 for "
                    + "another enterprise's.")
    @PutMapping("/{id}")
    ApplicationJson update(@PathVariable long id, @RequestBody DraftRequest request, Authentication user) {
        applications.updateDraft(user.getName(), id, request.data());
        return details.json(user, id);
    }

    @Operation(summary = "Attach a document to an application",
            description = "Roles: enterprise (its own). Multipart file and kind; PDF, JPEG or PNG judged by "
                    + "content; 413 over the upload limit.")
    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ApplicationJson.AttachmentJson> attach(@PathVariable long id, @RequestParam String kind,
            @RequestParam MultipartFile file, Authentication user) throws IOException {
        Attachment attachment = documents.attach(user.getName(), id, kind, file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.status(HttpStatus.CREATED).body(ApplicationJson.AttachmentJson.of(attachment));
    }

    @Operation(summary = "Submit an application",
            description = "Roles: enterprise (its own). Validates the whole form and the documents and starts "
                    + "(or resumes) the process; 400 with field errors; 409 when no longer a draft or for a "
                    + "reused Idempotency-Key.")
    @PostMapping("/{id}/submit")
    ApplicationJson submit(@PathVariable long id, Authentication user,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        applications.submit(user.getName(), id, key);
        return details.json(user, id);
    }

    @Operation(summary = "Delete a draft",
            description = "Roles: enterprise (its own). 204; 409 once submitted; 404 for another enterprise's.")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, Authentication user) {
        applications.deleteDraft(user.getName(), id);
        return ResponseEntity.noContent().build();
    }

    /** The reason the enterprise gives for withdrawing: {@code {reason}}. */
    record WithdrawRequest(String reason) {
    }

    @Operation(summary = "Withdraw a submitted application",
            description = "Roles: enterprise (its own). {reason}; 400 without a reason; 409 after a final decision.")
    @PostMapping("/{id}/withdraw")
    ApplicationJson withdraw(@PathVariable long id, @RequestBody WithdrawRequest request, Authentication user) {
        applications.withdraw(user.getName(), id, request.reason());
        return details.json(user, id);
    }

    @Operation(summary = "One application with its data, steps, history and documents",
            description = "Roles: enterprise (its own), reviewer, finance, approver, admin (submitted ones). "
                    + "404 for anything else.")
    @GetMapping("/{id}")
    ApplicationJson get(@PathVariable long id, Authentication user) {
        return details.json(user, id);
    }

    @Operation(summary = "The applications the caller may see",
            description = "Roles: any signed-in user (an enterprise its own, staff submitted ones). Newest "
                    + "change first, at most 200; q searches.")
    @GetMapping
    List<ApplicationJson.Summary> list(Authentication user, @RequestParam(required = false) String q) {
        return applications.listFor(user, q, 200).stream().map(ApplicationJson.Summary::of).toList();
    }
}
