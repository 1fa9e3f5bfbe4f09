package org.ipflow.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.ipflow.forms.FormField.Localized;
import org.ipflow.forms.FormField.Option;
import org.ipflow.forms.FormField.Type;
import org.ipflow.forms.FormSchemaException.Reason;

/**
 * Reads form-js JSON. Missing ids are given as form-js gives them on import ({@link FormIds}); every
 * problem of a form is collected and reported at once. Whatever the server could not enforce is
 * refused rather than ignored, so that a form never looks stricter in the browser than it is on the
 * server. A group's or dynamic list's {@code path} nests its fields' values under it (dots nest further), a
 * field's dotted key nests its value likewise, and the binding paths are claimed as form-js claims them
 * ({@link FormPaths}). FEEL ({@code conditional.hide}, bounds, readonly,
 * disabled, options from {@code valuesExpression}) and options from {@code valuesKey} are evaluated by
 * {@link FormStates}.
 */
final class FormSchemaParser {

    /**
     * A field's key and a group's or list's path: simple names joined by dots, as form-js splits both
     * ({@code key.split('.')}, {@code path.split('.')}) and its editor checks them ({@code isValidDotPath}: no empty
     * name; {@code hasIntegerPathSegment}: no name of digits only, here no name starting with one, which FEEL could not
     * read; {@code isProhibitedPath}: no {@code __proto__}, {@code prototype} or {@code constructor}).
     */
    private static final Pattern PATH = Pattern.compile("(?!(?:.*\\.)?(?:__proto__|prototype|constructor)(?:\\.|$))"
            + "[A-Za-z_][A-Za-z0-9_]{0,63}(\\.[A-Za-z_][A-Za-z0-9_]{0,63}){0,7}");

    private final ObjectMapper mapper = new ObjectMapper();

    FormSchema parse(String json) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new FormSchemaException("form is not valid JSON: " + e.getOriginalMessage(),
                    Reason.of("form.schema.notJson", e.getOriginalMessage()), e);
        }
        if (!(root instanceof ObjectNode written)) {
            throw new FormSchemaException("form has no top-level \"id\"", Reason.of("form.schema.noId"));
        }
        ObjectNode form = written.deepCopy();
        FormIds.complete(form, json);
        String formId = form.get("id").asText();
        List<FormSchemaException> problems = new ArrayList<>();
        List<FormField> components = components(form.path("components"), new HashSet<>(), problems);
        if (problems.isEmpty()) {
            FormPaths.claim(components, problems);
        }
        if (problems.isEmpty()) {
            try {
                FormConditions.check(components);
            } catch (FormSchemaException e) {
                problems.add(e);
            }
        }
        if (!problems.isEmpty()) {
            throw FormSchemaException.of(problems.stream()
                    .map(e -> new FormSchemaException("form '" + formId + "': " + e.getMessage(), e)).toList());
        }
        return new FormSchema(formId, components, form);
    }

    /** The components of one level; a component's problem is collected and the next one read, so that all are found. */
    private List<FormField> components(JsonNode array, Set<String> ids, List<FormSchemaException> problems) {
        List<FormField> fields = new ArrayList<>();
        for (JsonNode node : array) {
            try {
                fields.add(component(node, ids, problems));
            } catch (FormSchemaException e) {
                problems.add(e);
            }
        }
        return fields;
    }

    private FormField component(JsonNode node, Set<String> ids, List<FormSchemaException> problems) {
        String id = node.path("id").asText("");
        try {
            if (!ids.add(id)) {
                throw new FormSchemaException("id is used twice", Reason.of("form.schema.idTwice", id));
            }
            return field(node, id, type(node), ids, problems);
        } catch (FormSchemaException e) {
            throw new FormSchemaException("component '" + id + "': " + e.getMessage(), id, e);
        }
    }

    private FormField field(JsonNode node, String id, Type type, Set<String> ids, List<FormSchemaException> problems) {
        FormComponents.check(node, type);
        boolean pathed = type == Type.DYNAMICLIST || type == Type.GROUP;
        String key = pathed ? node.path("path").asText(type == Type.DYNAMICLIST ? node.path("key").asText("") : "")
                : node.path("key").asText("");
        boolean keyed = type.holdsData() || type == Type.GROUP && !key.isEmpty();
        if (keyed && !PATH.matcher(key).matches()) {
            throw new FormSchemaException("key '" + key + "' must be a name or names joined by dots (letters, digits, _)",
                    Reason.of("form.schema.keyName", key));
        }
        JsonNode properties = node.path("properties");
        String label = type == Type.DATETIME ? node.path("time".equals(node.path("subtype").asText()) ? "timeLabel" : "dateLabel")
                .asText(node.path("label").asText(null)) : node.path("label").asText(null);
        List<FormField> children = node.has("components") ? components(node.get("components"), ids, problems) : List.of();
        Object defaultValue = node.has("defaultValue") && type != Type.DYNAMICLIST
                ? FormValues.normaliseScalar(type, mapper.convertValue(node.get("defaultValue"), Object.class)) : null;
        List<Option> options = options(node.path("values"), properties);
        return new FormField(id, type, keyed ? key : null,
                new Localized(label, properties.path(FormField.LABEL_EN).asText(null)),
                new Localized(node.path("description").asText(null), properties.path(FormField.DESCRIPTION_EN).asText(null)),
                FormRulesReader.rules(node, type), options, defaultValue, FormRulesReader.flag(node, "readonly"),
                FormRulesReader.flag(node, "disabled"),
                new Localized(node.path("text").asText(null), properties.path(FormField.TEXT_EN).asText(null)), children,
                money(properties, type), node);
    }

    /**
     * IPFlow's {@code properties.money}: {@code "true"} (form-js writes custom properties as strings) on a
     * number field; anything else is refused, so that a misspelt value does not leave an amount unformatted.
     */
    private static boolean money(JsonNode properties, Type type) {
        JsonNode value = properties.path(FormField.MONEY);
        if (value.isMissingNode() || value.isNull()) {
            return false;
        }
        String text = value.asText().strip();
        if (!"true".equals(text) && !"false".equals(text)) {
            throw new FormSchemaException("'money' must be \"true\" or \"false\", not '" + text + "'",
                    Reason.of("form.schema.money", text));
        }
        if (type != Type.NUMBER && "true".equals(text)) {
            throw new FormSchemaException("'money' applies to number fields only", Reason.of("form.schema.moneyNotNumber"));
        }
        return "true".equals(text);
    }

    private static Type type(JsonNode node) {
        String type = node.path("type").asText("");
        for (Type known : Type.values()) {
            if (known.jsonName().equals(type)) {
                return known;
            }
        }
        throw new FormSchemaException("unsupported component type '" + type + "'",
                Reason.of("form.schema.unsupportedType", type));
    }

    /**
     * An option's English label is the component's custom property {@code labelEn.<value>}, which the
     * form-js editor lets an administrator add; a {@code labelEn} inside the option itself, as older forms
     * carry it, is read when there is none.
     */
    private static List<Option> options(JsonNode values, JsonNode properties) {
        List<Option> options = new ArrayList<>();
        for (JsonNode value : values) {
            if (!value.path("value").isValueNode() || value.path("value").isNull()) {
                throw new FormSchemaException("every entry of 'values' needs a value", Reason.of("form.schema.valueMissing"));
            }
            String key = value.get("value").asText();
            String english = properties.path(FormField.OPTION_LABEL_EN + key).asText(value.path("labelEn").asText(null));
            options.add(new Option(key, new Localized(value.path("label").asText(key), english)));
        }
        // a mistyped value would leave its option without English, silently
        properties.fieldNames().forEachRemaining(name -> {
            if (name.startsWith(FormField.OPTION_LABEL_EN) && options.stream()
                    .noneMatch(o -> o.value().equals(name.substring(FormField.OPTION_LABEL_EN.length())))) {
                throw new FormSchemaException("the custom property '" + name + "' names no option of this component",
                        Reason.of("form.schema.unknownOptionProperty", name));
            }
        });
        return options;
    }
}
