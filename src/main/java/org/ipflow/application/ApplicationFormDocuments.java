package org.ipflow.application;

import java.util.List;
import org.ipflow.application.internal.Documents;
import org.ipflow.forms.FormDocuments;
import org.springframework.stereotype.Component;

/**
 * The documents of one application as its forms' filepickers offer them and their documentPreviews show them
 * ({@link FormDocuments}): each with its download and inline addresses, which check the reader again. The caller
 * has already checked that the user may see the application (its enterprise's user, or the office's staff
 * working it), since whoever may see an application may read its documents.
 */
@Component
public class ApplicationFormDocuments {

    /** Where the draft page's own upload is: a link to it keeps what is on screen, as the page does not change. */
    public static final String DRAFT_UPLOAD = "#upload-form";

    private final Documents documents;

    ApplicationFormDocuments(Documents documents) {
        this.documents = documents;
    }

    /** The application's documents; {@code uploadHref} where the page uploads one, or null where it cannot. */
    public FormDocuments of(long applicationId, String uploadHref) {
        return of(applicationId, documents.list(applicationId), uploadHref);
    }

    /** Documents of the application already read, such as those of its {@link ApplicationDetails.View}. */
    public static FormDocuments of(long applicationId, List<Attachment> attachments, String uploadHref) {
        return new FormDocuments(attachments.stream().map(a -> {
            String href = "/applications/" + applicationId + "/documents/" + a.id();
            return new FormDocuments.Document(Long.toString(a.id()), a.fileName(), a.contentType(), href, href + "/inline");
        }).toList(), uploadHref);
    }
}
