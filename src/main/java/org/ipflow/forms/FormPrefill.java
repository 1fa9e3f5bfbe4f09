package org.ipflow.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a task's form starts from, by Camunda's convention: a field starts from the process variable
 * of its key, else from its default value. Only the fields at the form's top level (groups opened), as
 * Camunda hands a form the variables named by its keys.
 */
public final class FormPrefill {

    private FormPrefill() {
    }

    public static Map<String, Object> startValues(FormSchema schema, Map<String, ?> variables) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormField field : schema.dataFields()) {
            Object value = variables.get(field.key()) != null ? variables.get(field.key()) : field.defaultValue();
            if (value != null) {
                values.put(field.key(), value);
            }
        }
        return values;
    }

    /** The keys of the form's fields that start from a process variable. */
    public static List<String> prefilled(FormSchema schema, Map<String, ?> variables) {
        return schema.dataFields().stream().map(FormField::key).filter(key -> variables.get(key) != null).toList();
    }
}
