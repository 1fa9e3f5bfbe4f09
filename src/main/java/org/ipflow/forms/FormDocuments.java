package org.ipflow.forms;

import java.util.List;
import java.util.Optional;

/**
 * The documents of the application a form belongs to, as the form's {@code filepicker} offers them and its
 * {@code documentPreview} shows them: only those the user may read, given by the module that owns them.
 * {@code uploadHref} is where the page uploads a document (null where the user cannot upload one, as on a
 * reviewer's task or a draft not yet saved). A form given {@link #NONE} offers and accepts no document.
 */
public record FormDocuments(List<Document> all, String uploadHref) {

    public static final FormDocuments NONE = new FormDocuments(List.of(), null);

    public FormDocuments {
        all = List.copyOf(all);
    }

    /**
     * One document: its id as a form stores it, its file name and content type, the address that downloads it
     * and the one that shows it inline.
     */
    public record Document(String id, String fileName, String contentType, String href, String inlineHref) {

        /** Whether browsers show it themselves, as form-js's DocumentPreview.js embeds PDFs and images. */
        public boolean previewable() {
            return "application/pdf".equals(contentType) || contentType != null && contentType.startsWith("image/");
        }
    }

    public Optional<Document> find(String id) {
        return all.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
