package org.ipflow.forms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Turns the parameters of a submitted HTML form into typed form data: parameter names are the
 * components' keys, {@code list[row].child} inside dynamic lists. Numbers that do not parse stay as
 * typed, so the validator can report them and the page can show them again. Rows left entirely blank
 * are dropped (the page always offers one empty row to fill); the remaining rows are renumbered from 0.
 * Readonly and disabled fields are skipped: whatever arrives for them was not the user's to set. A list
 * is bound up to one row past its {@link FormLimits} bound: enough for the validator to refuse it, without
 * building (and showing again) every row of a flood. The row named by {@link #REMOVE_ROW} is left out, so
 * that a page without script can remove a row by sending the form back.
 */
@Component
public class FormDataBinder {

    private final FormLimits limits;

    public FormDataBinder(FormLimits limits) {
        this.limits = limits;
    }

    /** The name of the submit button that asks for one more empty row; its value is the list's key. */
    public static final String ADD_ROW = "_addRow";

    /** The name of the submit button inside a row that removes it; its value is the row's name, {@code list[2]}. */
    public static final String REMOVE_ROW = "_removeRow";

    private static final Pattern ROW_INDEX = Pattern.compile("\\[(\\d{1,6})]\\.");

    public Map<String, Object> bind(FormSchema schema, Map<String, String[]> params) {
        return bindLevel(schema.components(), withoutRemovedRow(params), "");
    }

    /** The key of the list for which the user pressed "add a row", if any. */
    public Optional<String> addRowRequest(Map<String, String[]> params) {
        String[] values = params.get(ADD_ROW);
        return values == null || values.length == 0 || values[0].isBlank() ? Optional.empty() : Optional.of(values[0]);
    }

    /** The row the user asked to remove, if any: {@code list[2]}. */
    public Optional<String> removeRowRequest(Map<String, String[]> params) {
        String[] values = params.get(REMOVE_ROW);
        return values == null || values.length == 0 || !values[0].matches("[A-Za-z0-9_.\\[\\]]{1,200}\\[\\d{1,6}]")
                ? Optional.empty() : Optional.of(values[0]);
    }

    private Map<String, String[]> withoutRemovedRow(Map<String, String[]> params) {
        Optional<String> removed = removeRowRequest(params);
        if (removed.isEmpty()) {
            return params;
        }
        String prefix = removed.get() + ".";
        Map<String, String[]> kept = new LinkedHashMap<>(params);
        kept.keySet().removeIf(name -> name.startsWith(prefix));
        return kept;
    }

    private Map<String, Object> bindLevel(List<FormField> components, Map<String, String[]> params, String prefix) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (FormField field : FormSchema.dataFields(components)) {
            if (!field.editable()) {
                continue;
            }
            String name = prefix + field.key();
            if (field.nests()) {
                FormValues.place(data, field.key(), bindLevel(field.components(), params, name + "."));
                continue;
            }
            Object value = switch (field.type()) {
                case DYNAMICLIST -> rows(field, params, name);
                case CHECKBOX -> params.containsKey(name) ? FormValues.normalise(field, first(params.get(name))) : Boolean.FALSE;
                case CHECKLIST, FILEPICKER -> FormValues.normalise(field, params.containsKey(name) ? Arrays.asList(params.get(name)) : null);
                default -> FormValues.normalise(field, first(params.get(name)));
            };
            if (!FormValues.isBlank(value) || value instanceof Boolean) {
                FormValues.put(data, field.key(), value);
            }
        }
        return data;
    }

    private List<Map<String, Object>> rows(FormField list, Map<String, String[]> params, String name) {
        TreeSet<Integer> indexes = new TreeSet<>();
        String start = name + "[";
        for (String param : params.keySet()) {
            if (param.startsWith(start)) {
                Matcher matcher = ROW_INDEX.matcher(param);
                if (matcher.find(name.length()) && matcher.start() == name.length()) {
                    indexes.add(Integer.parseInt(matcher.group(1)));
                }
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        int bound = limits.maxRows(list) + 1;
        for (int index : indexes) {
            if (rows.size() == bound) {
                break;
            }
            Map<String, Object> row = bindLevel(list.components(), params, name + "[" + index + "].");
            if (!FormValues.isBlank(row)) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static String first(String[] values) {
        return values == null || values.length == 0 ? null : values[0];
    }
}
