package org.ipflow.application;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Downloads of the files attached to decisions, for staff who see the application. */
@Controller
class DecisionFileController {

    private final DecisionFiles files;

    DecisionFileController(DecisionFiles files) {
        this.files = files;
    }

    @GetMapping("/applications/{id}/decision-files/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId, Authentication user) {
        DecisionFiles.Download download = files.download(user, id, documentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.file().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.file().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(download.content());
    }
}
