package org.ipflow.forms;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Checks form data against its schema on the server, whatever the browser or API client did. Accepts
 * data from {@link FormDataBinder} and JSON alike (numbers as any {@link Number} or numeric string, rows
 * as lists of maps). Keys the schema does not know are ignored here and dropped by {@link #clean}, so a
 * client cannot store data no form shows; values of readonly or disabled fields are not the user's to
 * set, so they are neither checked nor kept. Text without a maximum of its own and lists without
 * {@code maxRows} are bounded by {@link FormLimits}.
 */
@Component
public class FormSchemaValidator {

    private final FormLimits limits;
    private final FormStates states;
    private final Clock clock;

    /** Without a Spring context: evaluates FEEL with an engine of its own. */
    public FormSchemaValidator(FormLimits limits, Clock clock) {
        this(limits, new FormStates(new FeelExpressions(), limits), clock);
    }

    /** The system's clock unless the context holds one (tests that move time). */
    @org.springframework.beans.factory.annotation.Autowired
    public FormSchemaValidator(FormLimits limits, FormStates states, ObjectProvider<Clock> clock) {
        this(limits, states, clock.getIfAvailable(Clock::systemUTC));
    }

    public FormSchemaValidator(FormLimits limits, FormStates states, Clock clock) {
        this.limits = limits;
        this.states = states;
        this.clock = clock;
    }

    /**
     * @param complete {@code true} for a submission (everything, including required fields);
     *                 {@code false} for a draft (only what is filled must be well-formed)
     */
    public FormErrors validate(FormSchema schema, Map<String, ?> data, boolean complete) {
        return validate(schema, data, complete, Map.of());
    }

    /** As below, given no documents: a filepicker then accepts no id. */
    public FormErrors validate(FormSchema schema, Map<String, ?> data, boolean complete, Map<String, ?> variables) {
        return validate(schema, data, complete, variables, FormDocuments.NONE);
    }

    /**
     * Validates with the FEEL of the form evaluated against the data and the process's {@code variables}:
     * hidden fields are neither required nor checked (form-js validates only the fields it renders); a
     * filepicker's ids must name {@code documents}, those of the form's application the user may read.
     */
    public FormErrors validate(FormSchema schema, Map<String, ?> data, boolean complete, Map<String, ?> variables,
            FormDocuments documents) {
        FormErrors errors = new FormErrors();
        Map<String, Object> top = FormValues.cleanLevel(schema.components(), data == null ? Map.of() : data);
        FormState state = states.evaluate(schema, top, variables);
        checkLevel(schema.components(), top, top, "", complete, new Check(state, errors, documents));
        return errors;
    }

    private record Check(FormState state, FormErrors errors, FormDocuments documents) {
    }

    /**
     * The data reduced to the schema's editable fields, with normalised types (String, BigDecimal,
     * Boolean, List of String, List of rows); blank values are dropped. Values that could not be
     * converted stay as they came, so validate first and store only data without errors.
     */
    public Map<String, Object> clean(FormSchema schema, Map<String, ?> data) {
        return clean(schema, data, Map.of());
    }

    /**
     * As {@link #clean(FormSchema, Map)}, and without the values of fields that the form's FEEL hides or
     * locks for these data and variables: form-js submits no hidden field.
     */
    public Map<String, Object> clean(FormSchema schema, Map<String, ?> data, Map<String, ?> variables) {
        Map<String, Object> clean = FormValues.cleanLevel(schema.components(), data == null ? Map.of() : data);
        return states.evaluate(schema, clean, variables).strip(clean);
    }

    private void checkLevel(List<FormField> components, Map<?, ?> level, Map<String, Object> top,
            String prefix, boolean complete, Check check) {
        FormErrors errors = check.errors();
        for (FormField field : FormSchema.dataFields(components)) {
            String path = prefix + field.key();
            if (field.nests()) {
                // a group's fields are checked in its nested values, their requiredIf within the same group first
                checkLevel(field.components(), FormValues.under(level, field.key()), top, path + ".", complete, check);
                continue;
            }
            if (!field.editable() || check.state().isSkipped(path)) {
                continue;
            }
            Object value = FormValues.at(level, field.key());
            if (FormValues.isBlank(value)) {
                if (complete && FormConditions.isRequired(field, level, top)) {
                    errors.add(path, field.type() == FormField.Type.DYNAMICLIST ? "form.error.requiredRow" : "form.error.required");
                }
            } else if (field.type() == FormField.Type.DYNAMICLIST) {
                checkRows(field, value, top, path, complete, check);
            } else {
                checkValue(field, value, top, path, check);
            }
        }
    }

    private void checkRows(FormField list, Object value, Map<String, Object> top, String path, boolean complete,
            Check check) {
        FormErrors errors = check.errors();
        if (!(value instanceof List<?> rows) || !rows.stream().allMatch(Map.class::isInstance)) {
            errors.add(path, "form.error.type");
            return;
        }
        int maxRows = limits.maxRows(list);
        if (rows.size() > maxRows) {
            // refused whole, before any row is looked at: the count alone decides
            errors.add(path, "form.error.maxRows", maxRows);
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> row = (Map<String, Object>) rows.get(i);
            checkLevel(list.components(), row, top, path + "[" + i + "].", complete, check);
        }
    }

    private void checkValue(FormField field, Object value, Map<String, Object> top, String path, Check check) {
        FormErrors errors = check.errors();
        FormState.Bounds bounds = check.state().bounds(path);
        List<FormField.Option> options = check.state().options(path, field);
        switch (field.type()) {
            case NUMBER -> {
                // a number kept as a string (serializeToString) is checked as the number it holds
                if (FormValues.normaliseScalar(FormField.Type.NUMBER, value) instanceof BigDecimal number) {
                    add(errors, path, FormJsRules.number(field, number, bounds));
                } else {
                    errors.add(path, "form.error.number");
                }
            }
            case CHECKBOX -> {
                if (!(value instanceof Boolean)) {
                    errors.add(path, "form.error.type");
                }
            }
            case FILEPICKER -> add(errors, path, FilePickers.problem(field, value, states.feel(), top, check.documents()));
            case CHECKLIST, TAGLIST -> {
                if (!(value instanceof List<?> values)) {
                    errors.add(path, "form.error.type");
                } else if (values.stream().anyMatch(v -> !isOption(options, v))) {
                    errors.add(path, "form.error.option");
                }
            }
            default -> {
                if (value instanceof String text) {
                    checkText(field, new Allowed(bounds, options), text, path, errors);
                } else {
                    errors.add(path, "form.error.type");
                }
            }
        }
    }

    /** What a text may be: its evaluated bounds, and for a choice its options (those of this place when computed). */
    private record Allowed(FormState.Bounds bounds, List<FormField.Option> options) {
    }

    private void checkText(FormField field, Allowed allowed, String text, String path, FormErrors errors) {
        FormField.Rules rules = field.rules();
        FormState.Bounds bounds = allowed.bounds();
        Integer maxLength = limits.maxLength(field);
        if ((field.type() == FormField.Type.SELECT || field.type() == FormField.Type.RADIO) && !isOption(allowed.options(), text)) {
            errors.add(path, "form.error.option");
        } else if (field.type() == FormField.Type.DATETIME) {
            add(errors, path, FormJsRules.dateTime(field, text, LocalDate.now(clock)));
        } else if (rules.maxLength() == null && bounds.maxLength() == null && maxLength != null
                && text.codePointCount(0, text.length()) > maxLength) {
            // the default bound is counted before any pattern is matched against the text
            errors.add(path, "form.error.maxLength", maxLength);
        } else if (FormJsRules.text(field, text, bounds) != null) {
            add(errors, path, FormJsRules.text(field, text, bounds));
        } else if (rules.check() != null && !TextChecks.passes(rules.check(), text)) {
            errors.add(path, "form.error.check." + rules.check());
        }
    }

    private static void add(FormErrors errors, String path, FormErrors.Problem problem) {
        if (problem != null) {
            errors.add(path, problem.code(), problem.args().toArray());
        }
    }

    /** form-js keeps only values among the options ({@code sanitizeSingleSelectValue}, {@code sanitizeMultiSelectValue}). */
    private static boolean isOption(List<FormField.Option> options, Object value) {
        return options.stream().anyMatch(o -> o.value().equals(value));
    }
}
