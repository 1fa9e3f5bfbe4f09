package org.ipflow.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.ipflow.forms.FormField.Type;
import org.ipflow.shared.ShownAmounts;
import org.springframework.stereotype.Component;

/**
 * Builds the view model of a form from its schema, the data to show and the resolved error messages.
 * A dynamic list without rows gets one empty row to fill in; a list with rows gets none (an empty row
 * after them looked like a row that had to be filled, its fields marked required), only as many as
 * {@code extraRows} asks for under the list's name, so that a user without JavaScript can add rows (see
 * {@link FormDataBinder#ADD_ROW}). Default values fill a fresh form only, that is when {@code data} is
 * empty: on a re-rendered submission a field the user cleared stays clear. A money field's
 * {@code displayValue} is the amount as pages show money ({@link ShownAmounts}); its input keeps the plain
 * number, which is what a number input takes.
 */
@Component
public class FormRenderer {

    private final ShownAmounts shown;
    private final FormLooks looks;
    private final FormTemplates templates;
    private final FormStates states;

    public FormRenderer(ShownAmounts shown, FormLooks looks, FormTemplates templates, FormStates states) {
        this.shown = shown;
        this.looks = looks;
        this.templates = templates;
        this.states = states;
    }

    public RenderedForm render(FormSchema schema, Map<String, ?> data, Map<String, String> errors, Locale locale) {
        return render(schema, data, errors, locale, Map.of());
    }

    public RenderedForm render(FormSchema schema, Map<String, ?> data, Map<String, String> errors, Locale locale,
            Map<String, Integer> extraRows) {
        return render(schema, data, errors, locale, extraRows, Map.of());
    }

    /**
     * With the process variables the form is given: its templates and FEEL read them under the form's
     * values, as form-js's expression context holds them, and its choices from data take their options
     * from them ({@link FormOptions}).
     */
    public RenderedForm render(FormSchema schema, Map<String, ?> data, Map<String, String> errors, Locale locale,
            Map<String, Integer> extraRows, Map<String, ?> variables) {
        return render(schema, data, errors, locale, extraRows, variables, FormDocuments.NONE);
    }

    /** With the documents of the form's application the user may read, which its filepickers offer and previews show. */
    public RenderedForm render(FormSchema schema, Map<String, ?> data, Map<String, String> errors, Locale locale,
            Map<String, Integer> extraRows, Map<String, ?> variables, FormDocuments documents) {
        data = data == null ? Map.of() : data;
        errors = errors == null ? Map.of() : errors;
        // what the data holds besides the form's fields stays readable, as it was before variables were given
        Map<String, Object> top = new HashMap<>(data);
        top.putAll(FormStates.top(schema, data, variables));
        Pass pass = new Pass(locale, errors, extraRows == null ? Map.of() : extraRows, new HashSet<>(), top,
                states.evaluate(schema, data, variables), documents);
        List<RenderedForm.Field> fields = level(schema.components(), data, top, "", data.isEmpty(), pass);
        List<String> other = errors.entrySet().stream().filter(e -> !pass.placed().contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
        return new RenderedForm(schema.id(), fields, other);
    }

    /** One rendering; {@code top} is what templates read (the variables under the form's data), {@code state} its FEEL. */
    private record Pass(Locale locale, Map<String, String> errors, Map<String, Integer> extraRows, Set<String> placed,
            Map<String, ?> top, FormState state, FormDocuments documents) {
    }

    /** The components of one level: {@code data} holds its values, {@code context} what its templates read. */
    private List<RenderedForm.Field> level(List<FormField> components, Map<String, ?> data, Map<String, ?> context,
            String prefix, boolean fresh, Pass pass) {
        List<RenderedForm.Field> fields = new ArrayList<>();
        for (FormField component : components) {
            if (component.type() == Type.BUTTON || component.type() == Type.EXPRESSION) {
                continue; // the page submits with its own buttons; form-js shows no expression
            }
            Object value = null;
            if (component.type().holdsData()) {
                value = FormValues.contains(data, component.key()) ? FormValues.at(data, component.key())
                        : fresh ? component.defaultValue() : null;
                value = FormValues.normalise(component, value);
            }
            fields.add(field(component, value, data, context, prefix, fresh, pass));
        }
        return fields;
    }

    private RenderedForm.Field field(FormField component, Object value, Map<String, ?> data, Map<String, ?> context,
            String prefix, boolean fresh, Pass pass) {
        String name = component.type().holdsData() ? prefix + component.key() : prefix + component.id();
        String id = "field-" + name.replaceAll("[^A-Za-z0-9_-]", "-");
        String description = templates.text(component.description().in(pass.locale()), context);
        String error = pass.errors().get(name);
        if (error != null && component.type().holdsData()) {
            pass.placed().add(name);
        } else {
            error = null;
        }
        List<String> described = new ArrayList<>();
        if (description != null && !description.isBlank()) {
            described.add(id + "-description");
        }
        if (error != null) {
            described.add(id + "-error");
        }
        FormField.Rules rules = component.rules();
        // bounds written as FEEL, evaluated for what is on screen
        FormState.Bounds bounds = pass.state().bounds(name);
        List<FormDocuments.Document> documents = FilePickers.shown(component, states.feel(), context, pass.documents());
        // a filepicker's options are document names, never templates
        List<RenderedForm.Option> options = options(component.type() == Type.FILEPICKER ? FilePickers.options(documents)
                : pass.state().options(name, component), value, id, pass.locale(),
                FormOptions.shownLabels(component, templates, context));
        String separator = "en".equals(pass.locale() == null ? null : pass.locale().getLanguage()) ? ", " : "、";
        boolean number = component.type() == Type.NUMBER;
        List<RenderedForm.Field> children = component.type() != Type.GROUP ? List.of() : component.nests()
                ? level(component.components(), nested(data, component.key()), context, prefix + component.key() + ".", fresh, pass)
                : level(component.components(), data, context, prefix, fresh, pass);
        List<RenderedForm.Row> rows = component.type() == Type.DYNAMICLIST
                ? rows(component, value, name, context, fresh, pass) : List.of();
        return new RenderedForm.Field(component.type().jsonName(), name, id,
                templates.line(component.label().in(pass.locale()), context),
                description, value instanceof List<?> ? "" : FormLooks.inputValue(component, FormValues.text(value)),
                component.money() && isAmount(value) ? shown.money(value, pass.locale()) : displayValue(value, options, separator),
                component.type() == Type.FILEPICKER ? FilePickers.inputType(component, states.feel(), context)
                        : inputType(component, value), rules.required(),
                component.readonly() || component.disabled() || pass.state().locked().contains(name),
                Boolean.TRUE.equals(value), number ? plain(or(rules.min(), bounds.min())) : null,
                number ? plain(or(rules.max(), bounds.max())) : null, number ? FormLooks.step(component) : FormLooks.timeStep(component),
                or(rules.minLength(), bounds.minLength()), or(rules.maxLength(), bounds.maxLength()), null, options, error,
                described.isEmpty() ? null : String.join(" ", described), component.text().in(pass.locale()), children, rows,
                FilePickers.binds(component) ? FilePickers.look(component, pass.documents())
                        : looks.look(component, context, pass.locale()),
                FormLayout.of(component, expanded(component, rows, name, pass)), documents);
    }

    /** A list's collapsed rows start shown when one holds an error or rows were just added, so that neither is hidden. */
    private static boolean expanded(FormField component, List<RenderedForm.Row> rows, String name, Pass pass) {
        int shown = FormLayout.of(component, false).collapseAfter();
        return pass.extraRows().getOrDefault(name, 0) > 0
                || rows.stream().skip(shown).anyMatch(row -> hasError(row.fields()));
    }

    private static boolean hasError(List<RenderedForm.Field> fields) {
        return fields.stream().anyMatch(f -> f.error() != null || hasError(f.children())
                || f.rows().stream().anyMatch(r -> hasError(r.fields())));
    }

    private List<RenderedForm.Row> rows(FormField list, Object value, String name, Map<String, ?> context,
            boolean fresh, Pass pass) {
        List<RenderedForm.Row> rows = new ArrayList<>();
        List<?> existing = value instanceof List<?> present ? present : List.of();
        // a fresh list offers form-js's defaultRepetitions rows; a list emptied by its user one to fill
        int first = fresh ? FormComponents.defaultRepetitions(list) : 1;
        int blanks = (existing.isEmpty() ? first : 0) + Math.max(0, pass.extraRows().getOrDefault(name, 0));
        for (int i = 0; i < existing.size() + blanks; i++) {
            Map<?, ?> row = i < existing.size() && existing.get(i) instanceof Map<?, ?> m ? m : Map.of();
            @SuppressWarnings("unchecked")
            Map<String, ?> rowData = (Map<String, ?>) row;
            List<Integer> numbers = new ArrayList<>();
            if (context != pass.top() && context.get("i") instanceof List<?> outer) {
                outer.forEach(n -> numbers.add((Integer) n));
            }
            numbers.add(i + 1);
            Map<String, ?> around = context == pass.top() ? FormStates.rootContext(pass.top()) : context;
            Map<String, ?> rowContext = FormStates.rowContext(pass.top(), rowData, around, numbers);
            rows.add(new RenderedForm.Row(i, i >= existing.size(),
                    level(list.components(), rowData, rowContext, name + "[" + i + "].", false, pass)));
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> nested(Map<String, ?> data, String path) {
        return (Map<String, ?>) FormValues.under(data, path);
    }

    private static List<RenderedForm.Option> options(List<FormField.Option> choices, Object value, String id, Locale locale,
            UnaryOperator<String> shownLabel) {
        List<RenderedForm.Option> options = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            FormField.Option option = choices.get(i);
            boolean selected = value instanceof List<?> values ? values.contains(option.value()) : option.value().equals(value);
            options.add(new RenderedForm.Option(option.value(), shownLabel.apply(option.label().in(locale)), selected, id + "-" + i));
        }
        return options;
    }

    private static String displayValue(Object value, List<RenderedForm.Option> options, String separator) {
        if (!options.isEmpty()) {
            List<String> labels = options.stream().filter(RenderedForm.Option::selected).map(RenderedForm.Option::label).toList();
            // a stored value that is no longer an option is shown as it is rather than hidden
            return labels.isEmpty() ? FormValues.text(value) : String.join(separator, labels);
        }
        return value instanceof List<?> ? "" : FormValues.text(value);
    }

    /** A value the form's rules let through: a number with at most two decimals (a draft may hold anything typed). */
    private static boolean isAmount(Object value) {
        return value instanceof BigDecimal number && number.stripTrailingZeros().scale() <= 2;
    }

    private static String inputType(FormField component, Object value) {
        return switch (component.type()) {
            // a number input cannot show text that is not a number, so what the user typed is shown as text
            case NUMBER -> value == null || value instanceof BigDecimal ? "number" : "text";
            case DATETIME -> FormLooks.dateInput(component);
            default -> "text";
        };
    }

    private static <T> T or(T literal, T evaluated) {
        return literal != null ? literal : evaluated;
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.toPlainString();
    }
}
