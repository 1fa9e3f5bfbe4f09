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

    /** The form's top level in rows, as form-js lays it out ({@link FormLayout}). */
    public List<List<Field>> rows() {
        return FormLayout.rows(fields);
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
            List<Row> rows, Look look, Layout layout, List<FormDocuments.Document> documents) {

        public Field {
            documents = List.copyOf(documents);
            options = List.copyOf(options);
            children = List.copyOf(children);
            rows = List.copyOf(rows);
        }

        /** A group's components in rows, as form-js lays them out. */
        public List<List<Field>> childRows() {
            return FormLayout.rows(children);
        }

        /** Whether a dynamic list has more rows than it shows before they are expanded (form-js's collapse). */
        public boolean collapsible() {
            return "dynamiclist".equals(type) && rows.size() > layout.collapseAfter();
        }

        /** The classes of the component's box in its row: its width on wide screens. */
        public String column() {
            return layout.columns() > 0 ? "form-col-" + layout.columns() : "form-col";
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
     * are uploaded; {@code detail}, an image's alternative text, a frame's height or a document preview's;
     * {@code searchable}, a select's search; a table's {@code headings} and {@code cells} ({@link Cell}); {@code addRemove},
     * whether a list's rows can be added and removed; a frame's {@code sandbox} and {@code allow} attributes
     * ({@link FormFrames}); a table's {@code pageSize}, its {@code rowCount} (null: one page).
     */
    public record Look(String prefix, String suffix, String html, String src, String link, String detail,
            boolean searchable, List<String> headings, List<List<Cell>> cells, boolean addRemove, String sandbox,
            String allow, Integer pageSize) {

        public Look {
            headings = List.copyOf(headings);
            cells = cells.stream().map(List::copyOf).toList();
        }

        Look(String prefix, String suffix, String html, String src, String link, String detail, boolean searchable,
                List<String> headings, List<List<Cell>> cells, boolean addRemove) {
            this(prefix, suffix, html, src, link, detail, searchable, headings, cells, addRemove, null, null, null);
        }

        static Look html(String html) {
            return new Look(null, null, html, null, null, null, false, List.of(), List.of(), true);
        }
    }

    /**
     * A table's cell: the {@code text} shown and the row's {@code value} under the column as JSON, which the page's
     * sorting compares as form-js compares the row's values (null: the row has no such entry).
     */
    public record Cell(String text, String value) {
    }

    /** One choice; {@code id} is the id of its radio or checkbox input. */
    public record Option(String value, String label, boolean selected, String id) {
    }

    /**
     * How a component is laid out (form-js-viewer 1.23.0): {@code row}, its {@code layout.row} (null: a row
     * of its own); {@code columns}, its {@code layout.columns} of 16 (0: it shares what its row leaves);
     * {@code height}, a spacer's height in pixels; {@code outline}, a group's or list's {@code showOutline};
     * {@code align}, a group's or list's {@code verticalAlignment} of its rows' components ({@code start},
     * {@code center}, {@code end}); {@code collapseAfter}, a list's {@code nonCollapsedItems}; {@code expanded},
     * whether its collapsed rows start shown (one of them holds an error, or a row was just added).
     */
    public record Layout(String row, int columns, int height, boolean outline, String align, int collapseAfter,
            boolean expanded) {
    }

    /** One row of a dynamic list; {@code blank} marks the empty rows offered for adding data. */
    public record Row(int index, boolean blank, List<Field> fields) {

        public Row {
            fields = List.copyOf(fields);
        }

        /** The row's components in rows, as form-js lays them out. */
        public List<List<Field>> layoutRows() {
            return FormLayout.rows(fields);
        }
    }
}
