package org.ipflow.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code filepicker} and {@code documentPreview} components bound to the application's documents
 * ({@link FormDocuments}). form-js-viewer 1.23's {@code FilePicker.js} keeps the files a user picks in the
 * page and stores a {@code files::} key to them; IPFlow's files are the application's uploaded documents, so
 * a filepicker's value is the list of the chosen documents' ids. A client may send one id, a list of ids, or
 * Camunda's document references ({@code {"documentId": …}}), which are read as the ids they hold; a
 * {@code files::} key names files held in someone's browser and is refused. {@code accept} is form-js's (the
 * HTML attribute's) list of extensions and MIME types, {@code multiple} whether more than one may be chosen;
 * either may be {@code =FEEL}. A {@code documentPreview} shows the documents its {@code dataSource} (FEEL)
 * yields: ids, or references as form-js's {@code DocumentPreview.js} reads them.
 */
final class FilePickers {

    /** The prefix of the keys form-js's FilePicker.js stores ({@code FilePickerConstants.js}). */
    static final String FILES_KEY = "files::";
    private static final ObjectMapper JSON = new ObjectMapper();

    private FilePickers() {
    }

    /** The ids a value names, distinct and in order; the value as it came when it names none this way. */
    static Object ids(Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return null;
        }
        if (value instanceof String text && text.startsWith("[")) {
            // a task stores a list as JSON text in its process variable (CompletionValues), read back here
            try {
                return ids(JSON.readValue(text, List.class));
            } catch (JsonProcessingException notJson) {
                return value;
            }
        }
        if (!(value instanceof Collection<?> values)) {
            String id = id(value);
            return id == null ? value : List.of(id);
        }
        List<String> ids = new ArrayList<>();
        for (Object element : values) {
            if (element == null || element instanceof String s && s.isBlank()) {
                continue;
            }
            String id = id(element);
            if (id == null) {
                return value;
            }
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static String id(Object value) {
        if (value instanceof Map<?, ?> reference) {
            value = reference.get("documentId");
        }
        return value instanceof String || value instanceof Number ? FormValues.text(value) : null;
    }

    /** Whether a filepicker lets more than one document be chosen: {@code multiple} true, or =FEEL yielding true. */
    static boolean multiple(FormField picker, FeelExpressions feel, Map<String, ?> context) {
        var multiple = picker.source().path("multiple");
        return multiple.isBoolean() ? multiple.booleanValue()
                : multiple.isTextual() && feel.holds(multiple.asText(), context);
    }

    /** The filepicker's {@code accept}, evaluated when it is =FEEL; blank accepts every document. */
    static String accept(FormField picker, FeelExpressions feel, Map<String, ?> context) {
        Object accept = feel.evaluate(picker.source().path("accept").asText(""), context);
        return accept instanceof String text ? text : "";
    }

    /** Whether a document matches an HTML {@code accept} list: {@code .pdf}, {@code image/*}, {@code application/pdf}. */
    static boolean accepts(String accept, FormDocuments.Document document) {
        if (accept.isBlank()) {
            return true;
        }
        String name = document.fileName().toLowerCase(Locale.ROOT);
        String type = document.contentType().toLowerCase(Locale.ROOT);
        for (String token : accept.split(",")) {
            String t = token.strip().toLowerCase(Locale.ROOT);
            boolean match = t.startsWith(".") ? name.endsWith(t)
                    : t.endsWith("/*") ? type.startsWith(t.substring(0, t.length() - 1)) : !t.isEmpty() && type.equals(t);
            if (match) {
                return true;
            }
        }
        return false;
    }

    /** The documents a filepicker offers: those of the application its {@code accept} lets through. */
    static List<FormDocuments.Document> offered(String accept, FormDocuments documents) {
        return documents.all().stream().filter(d -> accepts(accept, d)).toList();
    }

    /**
     * What is wrong with a filepicker's value (already read by {@link #ids}), or null: a {@code files::} key,
     * more than one document where {@code multiple} is not set, an id that is no document of this application
     * the user may read, or a document {@code accept} does not let through.
     */
    static FormErrors.Problem problem(FormField picker, Object value, FeelExpressions feel, Map<String, ?> context,
            FormDocuments documents) {
        boolean multiple = multiple(picker, feel, context);
        String accept = accept(picker, feel, context);
        if (!(value instanceof List<?> ids)) {
            return new FormErrors.Problem("form.error.type", List.of());
        }
        if (ids.stream().anyMatch(id -> ((String) id).startsWith(FILES_KEY))) {
            return new FormErrors.Problem("form.error.fileKey", List.of());
        }
        if (!multiple && ids.size() > 1) {
            return new FormErrors.Problem("form.error.oneDocument", List.of());
        }
        for (Object id : ids) {
            var document = documents.find((String) id);
            if (document.isEmpty()) {
                return new FormErrors.Problem("form.error.document", List.of());
            }
            if (!accepts(accept, document.get())) {
                return new FormErrors.Problem("form.error.documentType", List.of(document.get().fileName(), accept));
            }
        }
        return null;
    }

    /** Whether the component is bound to the application's documents. */
    static boolean binds(FormField component) {
        return component.type() == FormField.Type.FILEPICKER || component.type() == FormField.Type.DOCUMENT_PREVIEW;
    }

    /** What a filepicker offers or a documentPreview shows; nothing for other components. */
    static List<FormDocuments.Document> shown(FormField component, FeelExpressions feel, Map<String, ?> context,
            FormDocuments documents) {
        return switch (component.type()) {
            case FILEPICKER -> offered(accept(component, feel, context), documents);
            case DOCUMENT_PREVIEW -> previewed(component, feel, context, documents);
            default -> List.of();
        };
    }

    /** The choices of a filepicker: its documents by file name. */
    static List<FormField.Option> options(List<FormDocuments.Document> documents) {
        return documents.stream().map(d -> new FormField.Option(d.id(), new FormField.Localized(d.fileName(), null))).toList();
    }

    /** One document is chosen with radio buttons, several with checkboxes. */
    static String inputType(FormField picker, FeelExpressions feel, Map<String, ?> context) {
        return multiple(picker, feel, context) ? "checkbox" : "radio";
    }

    /**
     * A filepicker's link is where the page uploads documents; a documentPreview's detail is its {@code maxHeight}
     * in pixels (form-js's {@code style={{ maxHeight }}}).
     */
    static RenderedForm.Look look(FormField component, FormDocuments documents) {
        var height = component.source().path("maxHeight");
        return new RenderedForm.Look(null, null, null, null,
                component.type() == FormField.Type.FILEPICKER ? documents.uploadHref() : null,
                height.canConvertToInt() && height.asInt() > 0 ? Integer.toString(height.asInt()) : null,
                false, List.of(), List.of(), true);
    }

    /** The documents a documentPreview's {@code dataSource} names, among those the user may read; none otherwise. */
    static List<FormDocuments.Document> previewed(FormField preview, FeelExpressions feel, Map<String, ?> context,
            FormDocuments documents) {
        String source = preview.source().path("dataSource").asText("");
        if (!FeelExpressions.isExpression(source) || !(ids(feel.evaluate(source, context)) instanceof List<?> ids)) {
            return List.of();
        }
        return ids.stream().map(id -> documents.find((String) id)).flatMap(java.util.Optional::stream).toList();
    }
}
