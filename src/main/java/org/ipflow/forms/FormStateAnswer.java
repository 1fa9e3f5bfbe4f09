package org.ipflow.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a form's FEEL and templates make of the values on screen, as a page asks for it while the user
 * types ({@code POST …/form-state}); a contract clients may read (README, "Forms"). Every entry is keyed by
 * the component's path as errors name it ({@code key}, {@code list[0].child}; a component without a key by
 * its id): {@code hidden} the components {@code conditional.hide} hides, with everything inside them;
 * {@code readonly} the fields that are readonly or disabled (literally or by FEEL); {@code labels},
 * {@code descriptions} and {@code texts} (the sanitized HTML of text and html components) as they read now,
 * templates evaluated, in the page's language; {@code options} the choices of every select, radio, checklist
 * and taglist ({@code valuesKey} and {@code valuesExpression} computed); {@code values} the shown expression
 * fields' values; {@code bounds} the validation bounds written as FEEL, evaluated.
 */
public record FormStateAnswer(List<String> hidden, List<String> readonly, Map<String, String> labels,
        Map<String, String> descriptions, Map<String, String> texts, Map<String, List<Choice>> options,
        Map<String, Object> values, Map<String, FormState.Bounds> bounds) {

    /** One option as the page shows it. */
    public record Choice(String value, String label) {
    }

    /** A page without a form. */
    public static final FormStateAnswer NONE = new FormStateAnswer(List.of(), List.of(), Map.of(), Map.of(), Map.of(),
            Map.of(), Map.of(), Map.of());

    private static final Set<String> CHOICES = Set.of("select", "radio", "checklist", "taglist");
    private static final Set<String> TEXTS = Set.of("text", "html");

    static FormStateAnswer of(RenderedForm form, FormState state) {
        FormStateAnswer answer = new FormStateAnswer(List.copyOf(new TreeSet<>(state.hidden())), new ArrayList<>(),
                new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(state.computed()),
                new TreeMap<>(state.bounds()));
        form.fields().forEach(answer::add);
        return answer;
    }

    private void add(RenderedForm.Field field) {
        if (field.readonly()) {
            readonly.add(field.name());
        }
        if (field.label() != null) {
            labels.put(field.name(), field.label());
        }
        if (field.description() != null) {
            descriptions.put(field.name(), field.description());
        }
        if (TEXTS.contains(field.type()) && field.look().html() != null) {
            texts.put(field.name(), field.look().html());
        }
        if (CHOICES.contains(field.type())) {
            options.put(field.name(), field.options().stream().map(o -> new Choice(o.value(), o.label())).toList());
        }
        field.children().forEach(this::add);
        field.rows().forEach(row -> row.fields().forEach(this::add));
    }
}
