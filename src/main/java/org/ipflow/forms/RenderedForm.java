package org.ipflow.forms;

import java.util.List;

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
     * {@code inputType} is the HTML input type; {@code displayValue} what a read-only page shows.
     */
    public record Field(String type, String name, String id, String label, String description, String value,
            String displayValue, String inputType, boolean required, boolean readonly, boolean checked,
            String min, String max, String step, Integer minLength, Integer maxLength, String pattern,
            List<Option> options, String error, String describedBy, String text, List<Field> children,
            List<Row> rows) {

        public Field {
            options = List.copyOf(options);
            children = List.copyOf(children);
            rows = List.copyOf(rows);
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
