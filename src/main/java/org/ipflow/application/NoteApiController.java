package org.ipflow.application;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET|POST /api/applications/{id}/notes}: staff's internal notes (README, API). */
@RestController
@RequestMapping("/api/applications/{id}/notes")
@Tag(name = "Applications")
class NoteApiController {

    private final ApplicationNotes notes;

    NoteApiController(ApplicationNotes notes) {
        this.notes = notes;
    }

    /** A new note: {@code {text}}. */
    record NoteRequest(String text) {
    }

    /** A note as the API shows it. */
    record NoteJson(long id, String author, String text, Instant createdAt) {

        static NoteJson of(Note note) {
            return new NoteJson(note.id(), note.author(), note.text(), note.createdAt());
        }
    }

    @Operation(summary = "The internal notes of an application",
            description = "Roles: reviewer, finance, approver, admin. Newest first; an enterprise gets 404, for "
                    + "its own application too.")
    @GetMapping
    List<NoteJson> list(@PathVariable long id, Authentication user) {
        return notes.of(user, id).stream().map(NoteJson::of).toList();
    }

    @Operation(summary = "Add an internal note to an application",
            description = "Roles: reviewer, finance, approver, admin. 201 with the note; 400 when empty or over "
                    + "2,000 characters.")
    @PostMapping
    ResponseEntity<NoteJson> add(@PathVariable long id, @RequestBody NoteRequest request, Authentication user) {
        Note note = notes.add(user, id, request.text());
        return ResponseEntity.status(HttpStatus.CREATED).body(NoteJson.of(note));
    }
}
