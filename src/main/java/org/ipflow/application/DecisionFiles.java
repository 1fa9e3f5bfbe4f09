package org.ipflow.application;

import java.util.List;
import java.util.Map;
import org.ipflow.application.internal.ApplicationAccess;
import org.ipflow.application.internal.DecisionFileStore;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to a decision, such as the site-evaluation report: added with a task's completion, in its
 * transaction, listed and served to staff who see the application. To an enterprise they do not exist.
 */
@Service
@Transactional
public class DecisionFiles {

    /** Files one decision may carry; all of them travel in one request, bounded as an upload is. */
    public static final int PER_DECISION = 5;
    /** The form field, and the key of its error. */
    public static final String FIELD = "decisionFiles";

    private final ApplicationAccess access;
    private final DecisionFileStore store;
    private final MessageSource messages;

    DecisionFiles(ApplicationAccess access, DecisionFileStore store, MessageSource messages) {
        this.access = access;
        this.store = store;
        this.messages = messages;
    }

    /** A file as it came with the form. */
    public record Upload(String fileName, byte[] content) {
    }

    /** A file with its bytes, for download. */
    public record Download(DecisionFile file, byte[] content) {
    }

    /** Stores the files with the task's decision, or refuses them all, naming the first file refused. */
    public void attach(Authentication user, long applicationId, String taskId, List<Upload> uploads) {
        if (uploads.isEmpty()) {
            return;
        }
        Application application = readable(user, applicationId);
        if (uploads.size() > PER_DECISION) {
            throw refused("decisionFile.error.tooMany", PER_DECISION);
        }
        List<DecisionFileStore.Checked> checked = uploads.stream().map(u -> store.check(u.fileName(), u.content()))
                .toList();
        for (DecisionFileStore.Checked file : checked) {
            if (file.refusal() != null) {
                String reason = messages.getMessage(file.refusal(), new Object[] {store.maxBytes() / 1048576},
                        LocaleContextHolder.getLocale());
                throw refused("decisionFile.error.file", file.fileName(), reason);
            }
        }
        checked.forEach(file -> store.insert(application.id(), taskId, file, user.getName()));
    }

    @Transactional(readOnly = true)
    public List<DecisionFile> of(Authentication user, long applicationId) {
        return store.of(readable(user, applicationId).id());
    }

    @Transactional(readOnly = true)
    public Download download(Authentication user, long applicationId, long fileId) {
        readable(user, applicationId);
        DecisionFile file = store.find(applicationId, fileId).orElseThrow(() -> new ApplicationNotFound(applicationId));
        return new Download(file, store.content(fileId));
    }

    private Application readable(Authentication user, long applicationId) {
        if (!ApplicationAccess.isStaff(user.getAuthorities())) {
            throw new ApplicationNotFound(applicationId);
        }
        return access.visible(user, applicationId);
    }

    private ValidationFailed refused(String code, Object... args) {
        return new ValidationFailed(Map.of(FIELD, messages.getMessage(code, args, LocaleContextHolder.getLocale())));
    }
}
