package org.ipflow.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One component of a form-js schema as IPFlow understands it. Input components carry a {@code key}
 * (the data's name); {@code group} without a {@code path} only arranges its children, whose keys stay at the
 * group's level, and with one ({@code key} here) nests their values under it ({@link #nests});
 * {@code dynamiclist} holds a list of rows under its key ({@code path}), each row keyed by its children's keys.
 * Texts are bilingual: form-js holds the Chinese, IPFlow's custom properties {@code labelEn},
 * {@code descriptionEn} and {@code textEn} the English, and {@code labelEn.<value>} that of each option.
 * {@code money} marks a number field whose value is an amount in yuan (IPFlow's custom property
 * {@value #MONEY}), which read-only pages show as money ({@code 60,000.00 元}). {@code source} is the
 * component as written (with its id given when it had none), from which each family of components
 * reads the settings only it has ({@link FormComponents}).
 */
public record FormField(String id, Type type, String key, Localized label, Localized description,
        Rules rules, List<Option> options, Object defaultValue, boolean readonly, boolean disabled,
        Localized text, List<FormField> components, boolean money, JsonNode source) {

    /** The custom properties holding a component's English texts; an option's is this prefix and its value. */
    public static final String LABEL_EN = "labelEn";
    public static final String DESCRIPTION_EN = "descriptionEn";
    public static final String TEXT_EN = "textEn";
    public static final String OPTION_LABEL_EN = "labelEn.";
    /** The custom property ({@code "true"}) that makes a number field an amount in yuan. */
    public static final String MONEY = "money";

    public FormField {
        options = List.copyOf(options);
        components = List.copyOf(components);
    }

    /**
     * The form-js component types IPFlow renders and validates (form-js 1.23's palette); any other type
     * is refused. {@code button} is read and not shown: a page submits with its own buttons.
     * {@code expression} is not shown either: its value is computed on the server ({@link FormStates}).
     */
    public enum Type {
        TEXTFIELD, TEXTAREA, NUMBER, SELECT, RADIO, CHECKBOX, CHECKLIST, TAGLIST, DATETIME, FILEPICKER, GROUP,
        DYNAMICLIST, TABLE, TEXT, HTML, IMAGE, IFRAME, DOCUMENT_PREVIEW("documentPreview"), SEPARATOR, SPACER, BUTTON,
        EXPRESSION;

        private static final Set<Type> INPUTS = EnumSet.of(TEXTFIELD, TEXTAREA, NUMBER, SELECT, RADIO, CHECKBOX,
                CHECKLIST, TAGLIST, DATETIME, FILEPICKER, DYNAMICLIST, EXPRESSION);

        private final String jsonName;

        Type() {
            this.jsonName = name().toLowerCase(Locale.ROOT);
        }

        Type(String jsonName) {
            this.jsonName = jsonName;
        }

        public String jsonName() {
            return jsonName;
        }

        /** Whether the component holds a value of its own under its key. */
        public boolean holdsData() {
            return INPUTS.contains(this);
        }
    }

    /** A Simplified Chinese text and its optional English translation. */
    public record Localized(String zh, String en) {

        public static final Localized NONE = new Localized(null, null);

        /** English when the locale's language is English and a translation exists, else Chinese. */
        public String in(Locale locale) {
            boolean english = locale != null && "en".equals(locale.getLanguage());
            return english && en != null && !en.isBlank() ? en : zh;
        }
    }

    /** One choice of a select, radio or checklist. */
    public record Option(String value, Localized label) {
    }

    /** {@code field=value}: the condition of IPFlow's {@code requiredIf} and {@code requiredUnless}. */
    public record Condition(String field, String value) {
    }

    /**
     * What the validator checks; {@code null} means the rule is not set. {@code check} names one of the
     * {@link TextChecks} (IPFlow's {@code properties.validator}), such as a check digit. {@code maxRows}
     * bounds a dynamic list (IPFlow's {@code properties.maxRows}: form-js 1.23 has no such setting).
     */
    public record Rules(boolean required, BigDecimal min, BigDecimal max, Integer minLength, Integer maxLength,
            Pattern pattern, Integer decimalDigits, Condition requiredIf, Condition requiredUnless, String check,
            Integer maxRows) {

        public static final Rules NONE = new Rules(false, null, null, null, null, null, null, null, null, null, null);
    }

    /** A group with a {@code path}: its fields' values are nested under the path, one object per dot-separated name. */
    public boolean nests() {
        return type == Type.GROUP && key != null;
    }

    /** The name of the form's top-level value that holds this field's: its key, or the first name of its path. */
    public String root() {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    /**
     * Whether users can change the value; the server owns the values of fields they cannot (and computes
     * expressions). A filepicker's value is the ids of documents of the form's application ({@link FilePickers}),
     * checked against that application's documents by {@link FormSchemaValidator}.
     */
    public boolean editable() {
        return !readonly && !disabled && type != Type.EXPRESSION;
    }
}
