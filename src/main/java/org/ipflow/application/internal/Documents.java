package org.ipflow.application.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ipflow.application.Application;
import org.ipflow.application.ApplicationNotFound;
import org.ipflow.application.Attachment;
import org.ipflow.application.StateConflict;
import org.ipflow.application.ValidationFailed;
import org.ipflow.identity.SecurityAudit;
import org.ipflow.programme.Programme;
import org.ipflow.programme.Programme.DocumentKind;
import org.ipflow.programme.ProgrammeCatalog;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of an application: uploaded by its enterprise while editable, or with its results report at the
 * end of a funded project, read by whoever sees it.
 */
@Service
@Transactional
public class Documents {

    /** The kind of the documents of a results report, which belong to no programme's list of documents. */
    public static final String RESULTS_KIND = "results-report";

    private final AttachmentStore store;
    private final ApplicationAccess access;
    private final ProgrammeCatalog programmes;
    private final DocumentCheck check;
    private final UploadLimits limits;
    private final DocumentLimits count;
    private final ApplicationRepository applications;
    private final MessageSource messages;
    private final SecurityAudit audit;

    Documents(AttachmentStore store, ApplicationAccess access, ProgrammeCatalog programmes, DocumentCheck check,
            UploadLimits limits, DocumentLimits count, ApplicationRepository applications, MessageSource messages,
            SecurityAudit audit) {
        this.count = count;
        this.applications = applications;
        this.store = store;
        this.access = access;
        this.programmes = programmes;
        this.check = check;
        this.limits = limits;
        this.messages = messages;
        this.audit = audit;
    }

    public Attachment attach(String username, long applicationId, String kind, String fileName, byte[] content) {
        Application application = access.owned(username, applicationId);
        if (!application.status().editableByEnterprise()) {
            throw new StateConflict(message("application.error.notEditable"));
        }
        Programme programme = programmes.find(application.programmeKey()).orElseThrow();
        if (programme.documents().stream().noneMatch(d -> d.kind().equals(kind))) {
            throw new ValidationFailed(Map.of("kind", message("document.error.kind")));
        }
        return store(username, applicationId, kind, fileName, content);
    }

    /**
     * A document of the enterprise's results report (项目验收), under the same checks as every upload; whether a
     * report is due is the caller's to check, in the same transaction, so that a refused report keeps no document.
     */
    public Attachment attachResults(String username, long applicationId, String fileName, byte[] content) {
        access.owned(username, applicationId);
        return store(username, applicationId, RESULTS_KIND, fileName, content);
    }

    /** Whether the application has a document of its results report. */
    @Transactional(readOnly = true)
    public boolean hasResults(long applicationId) {
        return store.list(applicationId).stream().anyMatch(a -> RESULTS_KIND.equals(a.kind()));
    }

    private Attachment store(String username, long applicationId, String kind, String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new ValidationFailed(Map.of("file", message("document.error.empty")));
        }
        if (content.length > limits.maxBytes()) {
            throw new ValidationFailed(Map.of("file", message("document.error.tooLarge", limits.maxBytes() / 1048576)));
        }
        String type = check.detect(content);
        if (type == null) {
            throw new ValidationFailed(Map.of("file", message("document.error.type")));
        }
        check.refusal(content, type).ifPresent(code -> {
            throw new ValidationFailed(Map.of("file", message(code)));
        });
        // the row lock makes two uploads at once count one after the other, so neither passes the bound
        applications.lock(applicationId);
        if (store.count(applicationId) >= count.documentsPerApplication()) {
            throw new ValidationFailed(Map.of("file", message("document.error.tooMany", count.documentsPerApplication())));
        }
        long id = store.insert(applicationId, kind, DocumentCheck.safeFileName(fileName, type), type, content,
                sha256(content), username);
        return store.find(applicationId, id).orElseThrow();
    }

    public void detach(String username, long applicationId, long attachmentId) {
        Application application = access.owned(username, applicationId);
        if (!application.status().editableByEnterprise()) {
            throw new StateConflict(message("application.error.notEditable"));
        }
        if (!store.delete(applicationId, attachmentId)) {
            throw noSuchDocument(username, applicationId, attachmentId);
        }
    }

    @Transactional(readOnly = true)
    public List<Attachment> list(long applicationId) {
        return store.list(applicationId);
    }

    /** The document and its bytes, if the user may see the application it belongs to. */
    @Transactional(readOnly = true)
    public Download download(Authentication user, long applicationId, long attachmentId) {
        access.visible(user, applicationId);
        Attachment attachment = store.find(applicationId, attachmentId)
                .orElseThrow(() -> noSuchDocument(user.getName(), applicationId, attachmentId));
        return new Download(attachment, store.content(attachmentId));
    }

    @Transactional(readOnly = true)
    public List<DocumentKind> missing(Programme programme, long applicationId) {
        Set<String> present = store.list(applicationId).stream().map(Attachment::kind).collect(Collectors.toSet());
        return programme.documents().stream().filter(d -> d.required() && !present.contains(d.kind())).toList();
    }

    /** A document id of another application, given with one's own application's id, is a refusal too. */
    private ApplicationNotFound noSuchDocument(String username, long applicationId, long attachmentId) {
        if (store.exists(attachmentId)) {
            audit.refused(username, "document " + attachmentId);
        }
        return new ApplicationNotFound(applicationId + "/" + attachmentId);
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    /** A document with its content, for download. */
    public record Download(Attachment attachment, byte[] content) {
    }

    /** Documents one application may hold (issue 14: there was no bound). */
    @ConfigurationProperties("ipflow.limits")
    record DocumentLimits(@DefaultValue("50") int documentsPerApplication) {
    }

    /** Upper bound of one document; the servlet's multipart limit is set just above it. */
    @ConfigurationProperties("ipflow.uploads")
    public record UploadLimits(long maxBytes) {
    }
}
