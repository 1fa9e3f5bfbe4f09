package org.ipflow.application.process;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.ipflow.shared.ExactDecimals;
import org.ipflow.shared.Money;
import org.ipflow.shared.ProcessVariables;

/**
 * Typed reads of the variables the building blocks need. Amounts and other decimals are read exactly
 * whatever shape they were stored in ({@link Money#fromVariable}, {@link ExactDecimals#fromVariable}). A
 * missing required variable is a modelling or façade error and fails the step with a message naming the
 * variable.
 */
public final class ExecutionValues {

    private ExecutionValues() {
    }

    public static long applicationId(DelegateExecution execution) {
        return number(execution, ProcessVariables.APPLICATION_ID).longValue();
    }

    public static Number number(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value instanceof Number number) {
            return number;
        }
        throw new IllegalStateException(missing(execution, name, "a number", value));
    }

    /** An amount in yuan, required. */
    public static Money money(DelegateExecution execution, String name) {
        return Money.of(exact(execution, name, execution.getVariable(name), "an amount"));
    }

    /** An amount given as a local input parameter of the current step (camunda:inputOutput), required. */
    public static Money localMoney(DelegateExecution execution, String name) {
        return Money.of(exact(execution, name, execution.getVariableLocal(name), "an amount"));
    }

    /** A decimal that is no amount (a rate, a share), exact, required. */
    public static BigDecimal decimal(DelegateExecution execution, String name) {
        return exact(execution, name, execution.getVariable(name), "a number");
    }

    public static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value instanceof String text && !text.isBlank()) {
            return text;
        }
        throw new IllegalStateException(missing(execution, name, "text", value));
    }

    /** A local input parameter of the current step (camunda:inputOutput), required. */
    public static String input(DelegateExecution execution, String name) {
        Object value = execution.getVariableLocal(name);
        if (value instanceof String text && !text.isBlank()) {
            return text;
        }
        throw new IllegalStateException(missing(execution, name, "an input parameter", value));
    }

    /** A local input parameter of the current step, optional: null when absent or blank. */
    public static String optionalInput(DelegateExecution execution, String name) {
        return execution.getVariableLocal(name) instanceof String text && !text.isBlank() ? text : null;
    }

    private static BigDecimal exact(DelegateExecution execution, String name, Object value, String kind) {
        try {
            return ExactDecimals.fromVariable(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(missing(execution, name, kind, value), e);
        }
    }

    private static String missing(DelegateExecution execution, String name, String kind, Object value) {
        return "step '%s' needs '%s' as %s, found %s".formatted(execution.getCurrentActivityId(), name, kind,
                value == null ? "nothing" : value.getClass().getSimpleName());
    }
}
