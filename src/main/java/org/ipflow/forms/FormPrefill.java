package org.ipflow.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a task's form starts from, by Camunda's convention: a field starts from the process variable
 * of its key, else from its default value. Only the fields at the form's top level (groups without a path
 * opened), as Camunda hands a form the variables named by its keys; a group with a path, and a field with a
 * dotted key ({@code applicant.name}), start from the object under the path in the variable of its first name,
 * and a dynamic list from its rows, which an earlier task stored as JSON text.
 */
public final class FormPrefill {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormPrefill() {
    }

    public static Map<String, Object> startValues(FormSchema schema, Map<String, ?> variables) {
        return level(schema.components(), variables);
    }

    private static Map<String, Object> level(List<FormField> components, Map<?, ?> variables) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormField field : FormSchema.dataFields(components)) {
            if (field.nests()) {
                FormValues.place(values, field.key(), level(field.components(), nested(variables, field.key())));
                continue;
            }
            Object given = variable(variables, field.key());
            Object value = given != null ? given : field.defaultValue();
            if (field.type() == FormField.Type.DYNAMICLIST && value instanceof String text && text.startsWith("[")) {
                value = rows(text);
            }
            if (value != null) {
                FormValues.put(values, field.key(), value);
            }
        }
        return values;
    }

    /** The object under a group's path, read back from JSON text where an earlier task stored it so. */
    private static Map<?, ?> nested(Map<?, ?> variables, String path) {
        return FormValues.under(rooted(variables, path), path);
    }

    /**
     * The value of a field's key; a dotted key ({@code applicant.name}) reads the object of the variable its
     * first name names, stored as JSON text, as form-js reads {@code applicant.name} from the data it is given.
     */
    private static Object variable(Map<?, ?> variables, String key) {
        return key.indexOf('.') < 0 ? variables.get(key) : FormValues.at(rooted(variables, key), key);
    }

    /** The variable of the path's first name, as an object (read back from JSON text), under that name. */
    private static Map<?, ?> rooted(Map<?, ?> variables, String path) {
        int dot = path.indexOf('.');
        String root = dot < 0 ? path : path.substring(0, dot);
        Object value = variables.get(root);
        if (value instanceof String text && text.startsWith("{")) {
            try {
                value = JSON.readValue(text, Map.class);
            } catch (JsonProcessingException notAnObject) {
                return Map.of();
            }
        }
        return value instanceof Map<?, ?> map ? Map.of(root, map) : Map.of();
    }

    private static Object rows(String text) {
        try {
            return JSON.readValue(text, List.class);
        } catch (JsonProcessingException notRows) {
            return text;
        }
    }

    /** The keys of the form's fields that start from a process variable. */
    public static List<String> prefilled(FormSchema schema, Map<String, ?> variables) {
        return schema.dataFields().stream().map(FormField::root).filter(key -> variables.get(key) != null).toList();
    }
}
