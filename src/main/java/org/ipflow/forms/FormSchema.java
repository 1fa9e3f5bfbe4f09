package org.ipflow.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A parsed form-js schema. {@code raw} is the JSON as written, handed unchanged to browsers and API
 * clients (treat it as read-only); {@code components} is what the server renders and validates.
 */
public record FormSchema(String id, List<FormField> components, JsonNode raw) {

    public FormSchema {
        components = List.copyOf(components);
    }

    /**
     * The components that hold data at the top level of the form: groups without a path are opened (their
     * children share the form's level), dynamic lists and groups with a path are returned whole (their
     * fields are one level down).
     */
    public List<FormField> dataFields() {
        return dataFields(components);
    }

    /** The data-holding field under this key at the top level of the form. */
    public Optional<FormField> field(String key) {
        return dataFields().stream().filter(f -> f.key().equals(key)).findFirst();
    }

    static List<FormField> dataFields(List<FormField> components) {
        List<FormField> fields = new ArrayList<>();
        for (FormField component : components) {
            if (component.type() == FormField.Type.GROUP && !component.nests()) {
                fields.addAll(dataFields(component.components()));
            } else if (component.type().holdsData() || component.nests()) {
                fields.add(component);
            }
        }
        return fields;
    }
}
