package org.ipflow.forms;

import java.util.List;
import java.util.Set;

/**
 * A form ready for the Thymeleaf fragments {@code fragments/form :: fields(form)} and
 * {@code view(form)}: every text already in the user's language, every value already a string.
 * {@code otherErrors} holds messages for paths no rendered field shows, so that none is lost.
 */
public record RenderedForm(String id, List<Field> fields, List<String> otherErrors) {

    public RenderedForm {
        fields = List.copyOf(fields);
        otherErrors = List.copyOf(otherErrors);
    }

    /**
     * One component. {@code name} is the HTML parameter (and the error path), {@code id} the element id;
     * {@code describedBy} lists the ids of its description and error for {@code aria-describedby}.
     * {@code inputType} is the HTML input type (a filepicker's {@code radio} or {@code checkbox});
     * {@code displayValue} what a read-only page shows. {@code documents} are the application's documents a
     * filepicker offers (in the order of its options) or a documentPreview shows.
     */
    private static final Set<String> DISPLAYS = Set.of("text", "html", "image", "iframe", "table", "documentPreview");

    public record Field(String type, String name, String id, String label, String description, String value,
            String displayValue, String inputType, boolean required, boolean readonly, boolean checked,
            String min, String max, String step, Integer minLength, Integer maxLength, String pattern,
            List<Option> options, String error, String describedBy, String text, List<Field> children,
            List<Row> rows, Look look, List<FormDocuments.Document> documents) {

        public Field {
            documents = List.copyOf(documents);
            options = List.copyOf(options);
            children = List.copyOf(children);
            rows = List.copyOf(rows);
        }

        /** Whether {@code fragments/form-show} shows the component: it asks for nothing the page posts. */
        public boolean display() {
            return DISPLAYS.contains(type);
        }

        public String descriptionId() {
            return id + "-description";
        }

        public String errorId() {
            return id + "-error";
        }

        /** The column headings of a dynamic list: its row components' labels. */
        public List<String> columns() {
            return rows.isEmpty() ? List.of() : rows.get(0).fields().stream().map(Field::label).toList();
        }
    }

    /**
     * What a component shows beside its value: {@code prefix}/{@code suffix} adornments; {@code html},
     * sanitized HTML of a text or html component; {@code src}, an image or framed page shown inline;
     * {@code link}, an address shown as a link instead (not allowed inline), or where a filepicker's documents
     * are uploaded; {@code detail}, an image's alternative text, a frame's height or a document preview's; {@code searchable}, a select's search; a table's
     * {@code headings} and {@code cells}; {@code addRemove}, whether a list's rows can be added and removed.
     */
    public record Look(String prefix, String suffix, String html, String src, String link, String detail,
            boolean searchable, List<String> headings, List<List<String>> cells, boolean addRemove) {

        public Look {
            headings = List.copyOf(headings);
            cells = cells.stream().map(List::copyOf).toList();
        }

        static Look html(String html) {
            return new Look(null, null, html, null, null, null, false, List.of(), List.of(), true);
        }
    }

    /** One choice; {@code id} is the id of its radio or checkbox input. */
    public record Option(String value, String label, boolean selected, String id) {
    }

    /** One row of a dynamic list; {@code blank} marks the empty rows offered for adding data. */
    public record Row(int index, boolean blank, List<Field> fields) {

        public Row {
            fields = List.copyOf(fields);
        }
    }
}
