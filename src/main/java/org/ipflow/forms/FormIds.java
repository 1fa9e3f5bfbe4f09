package org.ipflow.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Gives a form and its components the ids they lack, as form-js does when it imports a schema
 * (form-js-viewer 1.23, {@code core/FieldFactory.js} {@code _ensureId}: {@code Form_} for the form,
 * {@code Field_} for a component, followed by a short base-36 name). form-js picks the name at random;
 * IPFlow derives it from the schema and the component's place, so that the same schema always gets the
 * same ids and a page rendered twice names its elements alike. Ids that are present are kept as written.
 * A field that holds data but has no {@code key}, and a dynamic list without a {@code path}, get one as
 * {@code _ensureKey} and {@code _enforceDefaultPath} give it: the component's type, an underscore and a
 * short base-36 name (here derived from the component's id), unique among its siblings.
 */
final class FormIds {

    static final String FORM_PREFIX = "Form_";
    static final String FIELD_PREFIX = "Field_";

    /** The types form-js's config marks {@code keyed}. */
    private static final Set<String> KEYED = Set.of("textfield", "textarea", "number", "checkbox", "checklist",
            "radio", "select", "taglist", "datetime", "filepicker", "expression");

    private FormIds() {
    }

    /** Adds the missing ids to the schema in place; the schema must be a JSON object. */
    static void complete(ObjectNode form, String json) {
        if (!form.path("id").isTextual() || form.path("id").asText().isBlank()) {
            form.put("id", FORM_PREFIX + name(json));
        }
        Set<String> taken = new HashSet<>();
        collect(form.path("components"), taken);
        assign(form.path("components"), form.get("id").asText(), taken);
        keys(form.path("components"));
    }

    private static void keys(JsonNode components) {
        Set<String> siblings = new HashSet<>();
        components.forEach(c -> siblings.add(c.path("key").asText("")));
        for (JsonNode component : components) {
            String type = component.path("type").asText("");
            String attribute = KEYED.contains(type) ? "key" : "dynamiclist".equals(type) ? "path" : null;
            if (attribute != null && component instanceof ObjectNode object && object.path(attribute).asText("").isBlank()
                    && !("dynamiclist".equals(type) && !object.path("key").asText("").isBlank())) {
                String key = type + "_" + name(object.path("id").asText());
                for (int attempt = 1; !siblings.add(key); attempt++) {
                    key = type + "_" + name(object.path("id").asText() + "#" + attempt);
                }
                object.put(attribute, key);
            }
            keys(component.path("components"));
        }
    }

    private static void collect(JsonNode components, Set<String> taken) {
        for (JsonNode component : components) {
            if (component.path("id").isTextual() && !component.path("id").asText().isBlank()) {
                taken.add(component.get("id").asText());
            }
            collect(component.path("components"), taken);
        }
    }

    private static void assign(JsonNode components, String place, Set<String> taken) {
        int index = 0;
        for (JsonNode component : components) {
            String here = place + "/" + index++;
            if (component instanceof ObjectNode object && (!object.path("id").isTextual() || object.path("id").asText().isBlank())) {
                String id = FIELD_PREFIX + name(here + ":" + object.path("type").asText() + ":" + object.path("key").asText());
                for (int attempt = 1; !taken.add(id); attempt++) {
                    id = FIELD_PREFIX + name(here + "#" + attempt);
                }
                object.put("id", id);
            }
            assign(component.path("components"), here, taken);
        }
    }

    /** Seven base-36 characters, as long as form-js's names. */
    private static String name(String seed) {
        CRC32 crc = new CRC32();
        crc.update(seed.getBytes(StandardCharsets.UTF_8));
        String name = Long.toString(crc.getValue() * 31 + seed.length(), 36).toLowerCase(Locale.ROOT);
        return (name + "0000000").substring(0, 7);
    }
}
