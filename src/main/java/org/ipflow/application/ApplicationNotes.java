package org.ipflow.application;

import java.util.List;
import java.util.Map;
import org.ipflow.application.internal.ApplicationAccess;
import org.ipflow.application.internal.NoteStore;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Internal notes: staff who see an application read and add them. To anyone else, the enterprise that owns
 * the application included, the notes do not exist (404, never 403: a refusal would tell that there are some).
 */
@Service
@Transactional
public class ApplicationNotes {

    /** The longest note; a longer one is refused, not cut. */
    public static final int MAX_LENGTH = 2000;

    private final ApplicationAccess access;
    private final NoteStore store;
    private final MessageSource messages;

    ApplicationNotes(ApplicationAccess access, NoteStore store, MessageSource messages) {
        this.access = access;
        this.store = store;
        this.messages = messages;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<Note> of(Authentication user, long applicationId) {
        return store.of(readable(user, applicationId).id());
    }

    public Note add(Authentication user, long applicationId, String text) {
        Application application = readable(user, applicationId);
        String note = text == null ? "" : text.strip();
        if (note.isEmpty() || note.length() > MAX_LENGTH) {
            throw new ValidationFailed(Map.of("text", messages.getMessage(note.isEmpty() ? "note.error.empty"
                    : "note.error.tooLong", new Object[] {String.valueOf(MAX_LENGTH)}, LocaleContextHolder.getLocale())));
        }
        return store.insert(application.id(), user.getName(), note);
    }

    private Application readable(Authentication user, long applicationId) {
        if (!ApplicationAccess.isStaff(user.getAuthorities())) {
            throw new ApplicationNotFound(applicationId);
        }
        return access.visible(user, applicationId);
    }
}
