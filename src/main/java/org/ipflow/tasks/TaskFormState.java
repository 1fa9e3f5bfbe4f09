package org.ipflow.tasks;

import java.util.Map;
import org.ipflow.forms.FormSchema;
import org.ipflow.forms.FormState;
import org.ipflow.forms.FormStates;
import org.springframework.stereotype.Service;

/**
 * A task form's FEEL evaluated for the values on screen and the task's process variables, as the server
 * will validate the completion ({@link TaskCompletion}); for a task already checked as visible to the caller.
 */
@Service
class TaskFormState {

    private final TaskCompletion completion;
    private final FormStates states;

    TaskFormState(TaskCompletion completion, FormStates states) {
        this.completion = completion;
        this.states = states;
    }

    FormState of(WorkItem item, FormSchema schema, Map<String, ?> values) {
        return schema == null ? FormState.NONE : states.evaluate(schema, values, completion.variables(item));
    }
}
