package org.ipflow.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ipflow.shared.ExactDecimals;

/**
 * Turns values from HTML parameters, JSON or stored drafts into the types the schema asks for. A
 * value that cannot be converted is returned as it came, so the validator can name the problem and the
 * page can show the user what they typed instead of silently losing it.
 */
final class FormValues {

    /** Plain decimal notation only: exponents would let one short string stand for a huge number. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,20}(\\.\\d{1,20})?");

    private FormValues() {
    }

    /**
     * The editable fields of one level (a form or a row), with normalised values; unknown keys and blank
     * values are dropped, but an unticked checkbox stays {@code false}: it is an answer.
     */
    static Map<String, Object> cleanLevel(List<FormField> components, Map<?, ?> data) {
        Map<String, Object> clean = new LinkedHashMap<>();
        for (FormField field : FormSchema.dataFields(components)) {
            if (field.nests()) {
                place(clean, field.key(), cleanLevel(field.components(), under(data, field.key())));
                continue;
            }
            Object value = field.editable() ? normalise(field, at(data, field.key())) : null;
            if (value instanceof BigDecimal number && FormComponents.serializeToString(field)) {
                value = number.toPlainString();
            }
            if (!isBlank(value) || value instanceof Boolean) {
                put(clean, field.key(), value);
            }
        }
        return clean;
    }

    /** What a level holds under a group's dotted path; an empty map where it holds none. */
    static Map<?, ?> under(Map<?, ?> level, String path) {
        return at(level, path) instanceof Map<?, ?> map ? map : Map.of();
    }

    /**
     * The value of a field's key at a level: a dotted key ({@code applicant.name}) reads the objects nested under
     * its names, as form-js-viewer 1.23 binds it ({@code PathRegistry.getValuePath}: {@code field.key.split('.')}).
     */
    static Object at(Map<?, ?> level, String key) {
        if (key.indexOf('.') < 0) {
            return level.get(key);
        }
        Object value = level;
        for (String name : key.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(name) : null;
        }
        return value;
    }

    /** Whether the level holds the key (with a dotted key: the object above it holds its last name), even as null. */
    static boolean contains(Map<?, ?> level, String key) {
        int dot = key.lastIndexOf('.');
        Object above = dot < 0 ? level : at(level, key.substring(0, dot));
        return above instanceof Map<?, ?> map && map.containsKey(key.substring(dot + 1));
    }

    /**
     * Puts a value under a field's key; a dotted key nests it in one object per name, merged with what the
     * level holds there already. The objects on the way are copied, never changed in place: they may be
     * the caller's data.
     */
    @SuppressWarnings("unchecked")
    static void put(Map<String, Object> level, String key, Object value) {
        int dot = key.indexOf('.');
        if (dot < 0) {
            level.put(key, value);
            return;
        }
        String name = key.substring(0, dot);
        Map<String, Object> inner = level.get(name) instanceof Map<?, ?> present
                ? new LinkedHashMap<>((Map<String, Object>) present) : new LinkedHashMap<>();
        put(inner, key.substring(dot + 1), value);
        level.put(name, inner);
    }

    /**
     * Puts a group's values under its dotted path, merged with what another group of the same path put
     * there (form-js lets groups share a path); nothing when the group holds no value.
     */
    @SuppressWarnings("unchecked")
    static void place(Map<String, Object> level, String path, Map<String, Object> values) {
        if (values.isEmpty()) {
            return;
        }
        Map<String, Object> target = level;
        String[] names = path.split("\\.");
        for (int i = 0; i < names.length - 1; i++) {
            Object next = target.get(names[i]);
            if (!(next instanceof Map<?, ?>)) {
                next = new LinkedHashMap<String, Object>();
                target.put(names[i], next);
            }
            target = (Map<String, Object>) next;
        }
        Object present = target.get(names[names.length - 1]);
        if (present instanceof Map<?, ?> shared) {
            ((Map<String, Object>) shared).putAll(values);
        } else {
            target.put(names[names.length - 1], new LinkedHashMap<>(values));
        }
    }

    static Object normalise(FormField field, Object value) {
        return field.type() == FormField.Type.DYNAMICLIST && value != null
                ? toRowsOrRaw(field, value) : normaliseScalar(field.type(), value);
    }

    /** Normalises the value of any type but a dynamic list. */
    static Object normaliseScalar(FormField.Type type, Object value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case NUMBER -> toNumberOrRaw(value);
            case CHECKBOX -> toBooleanOrRaw(value);
            case CHECKLIST, TAGLIST -> toListOrRaw(value);
            case FILEPICKER -> FilePickers.ids(value);
            // text is kept as typed: form-js neither trims it nor tests its patterns on a trimmed copy
            default -> value instanceof String ? value : isScalar(value) ? text(value) : value;
        };
    }

    /** Nothing the user answered: also an unticked checkbox, so that a required checkbox must be ticked. */
    static boolean isBlank(Object value) {
        return value == null || Boolean.FALSE.equals(value)
                || value instanceof String s && s.isEmpty()
                || value instanceof Collection<?> c && c.isEmpty()
                || value instanceof Map<?, ?> m && m.values().stream().allMatch(FormValues::isBlank);
    }

    /** The value as an HTML input shows it. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number && toNumberOrRaw(value) instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return value.toString().strip();
    }

    private static boolean isScalar(Object value) {
        return !(value instanceof Collection<?>) && !(value instanceof Map<?, ?>) && !value.getClass().isArray();
    }

    private static Object toNumberOrRaw(Object value) {
        String text;
        if (value instanceof Number number) {
            try {
                // JSON's numbers arrive as Double: read as the decimal that was written, as process variables are.
                text = ExactDecimals.fromVariable(number).toPlainString();
            } catch (IllegalArgumentException notANumber) {
                return value;
            }
        } else if (value instanceof String s) {
            text = s.strip();
        } else {
            return value;
        }
        return DECIMAL.matcher(text).matches() ? new BigDecimal(text) : (value instanceof String ? text : value);
    }

    private static Object toBooleanOrRaw(Object value) {
        if (value instanceof Boolean) {
            return value;
        }
        String text = value instanceof String s ? s.strip() : "";
        return switch (text) {
            case "true", "on" -> Boolean.TRUE;
            case "false", "" -> Boolean.FALSE;
            default -> value;
        };
    }

    private static Object toListOrRaw(Object value) {
        if (value instanceof String s) {
            return s.isBlank() ? null : List.of(s.strip());
        }
        if (!(value instanceof Collection<?> values) || !values.stream().allMatch(v -> v == null || isScalar(v))) {
            return value;
        }
        return values.stream().filter(v -> !isBlank(v)).map(FormValues::text).distinct().toList();
    }

    private static Object toRowsOrRaw(FormField list, Object value) {
        if (!(value instanceof List<?> rows) || !rows.stream().allMatch(r -> r instanceof Map<?, ?>)) {
            return value;
        }
        List<Map<String, Object>> clean = new ArrayList<>();
        for (Object row : rows) {
            clean.add(cleanLevel(list.components(), (Map<?, ?>) row));
        }
        return clean;
    }
}
