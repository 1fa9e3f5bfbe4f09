package org.ipflow.application.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Typed reads of the variables the building blocks need. Numbers arrive as Long or Double depending on
 * what a form held, so they are read as {@link Number}. A missing required variable is a modelling or
 * façade error and fails the step with a message naming the variable.
 */
final class ExecutionValues {

    private ExecutionValues() {
    }

    static long applicationId(DelegateExecution execution) {
        return number(execution, ProcessVariables.APPLICATION_ID).longValue();
    }

    static Number number(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value instanceof Number number) {
            return number;
        }
        throw new IllegalStateException(missing(execution, name, "a number", value));
    }

    /** A number given as a local input parameter of the current step (camunda:inputOutput), required. */
    static Number localNumber(DelegateExecution execution, String name) {
        Object value = execution.getVariableLocal(name);
        if (value instanceof Number number) {
            return number;
        }
        throw new IllegalStateException(missing(execution, name, "a number", value));
    }

    static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value instanceof String text && !text.isBlank()) {
            return text;
        }
        throw new IllegalStateException(missing(execution, name, "text", value));
    }

    /** A local input parameter of the current step (camunda:inputOutput), required. */
    static String input(DelegateExecution execution, String name) {
        Object value = execution.getVariableLocal(name);
        if (value instanceof String text && !text.isBlank()) {
            return text;
        }
        throw new IllegalStateException(missing(execution, name, "an input parameter", value));
    }

    /** A local input parameter of the current step, optional: null when absent or blank. */
    static String optionalInput(DelegateExecution execution, String name) {
        return execution.getVariableLocal(name) instanceof String text && !text.isBlank() ? text : null;
    }

    private static String missing(DelegateExecution execution, String name, String kind, Object value) {
        return "step '%s' needs '%s' as %s, found %s".formatted(execution.getCurrentActivityId(), name, kind,
                value == null ? "nothing" : value.getClass().getSimpleName());
    }
}
