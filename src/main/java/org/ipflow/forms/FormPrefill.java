package org.ipflow.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a task's form starts from, by Camunda's convention: a field starts from the process variable
 * of its key, else from its default value. Only the fields at the form's top level (groups without a path
 * opened), as Camunda hands a form the variables named by its keys; a group with a path starts its fields
 * from the object under the path and a dynamic list from its rows, which an earlier task stored as JSON text.
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
            Object value = variables.get(field.key()) != null ? variables.get(field.key()) : field.defaultValue();
            if (field.type() == FormField.Type.DYNAMICLIST && value instanceof String text && text.startsWith("[")) {
                value = rows(text);
            }
            if (value != null) {
                values.put(field.key(), value);
            }
        }
        return values;
    }

    /** The object under a group's path, read back from JSON text where an earlier task stored it so. */
    private static Map<?, ?> nested(Map<?, ?> variables, String path) {
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
        return FormValues.under(value instanceof Map<?, ?> map ? Map.of(root, map) : Map.of(), path);
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
