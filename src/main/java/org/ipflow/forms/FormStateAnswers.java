package org.ipflow.forms;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Answers a page's question while the user types: the form rendered and its FEEL evaluated for the values
 * on screen, by the same {@link FormRenderer} and {@link FormStates} that render the page and validate the
 * submission, so that the browser shows what the server will hold.
 */
@Component
public class FormStateAnswers {

    private final FormRenderer renderer;
    private final FormStates states;

    public FormStateAnswers(FormRenderer renderer, FormStates states) {
        this.renderer = renderer;
        this.states = states;
    }

    /** With the process variables the form is given (none for a start form): its templates and FEEL read them. */
    public FormStateAnswer answer(FormSchema schema, Map<String, ?> values, Map<String, ?> variables, Locale locale) {
        return FormStateAnswer.of(renderer.render(schema, values, Map.of(), locale, Map.of(), variables),
                states.evaluate(schema, values, variables));
    }
}
