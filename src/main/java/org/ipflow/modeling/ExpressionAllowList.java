package org.ipflow.modeling;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.el.CommandContextFunctions;
import org.camunda.bpm.engine.impl.el.DateTimeFunctions;

/**
 * Everything a model's expression may reach, in one place for both sides: the deployment validator
 * checks each expression's syntax tree against it ({@link ExpressionCheck}) and the engine's
 * expression manager resolves nothing else when the expression runs ({@link SandboxedExpressionManager}).
 * Besides the members below, an expression reads process variables and the maps, lists and arrays
 * they hold (plain data: strings, numbers, dates, booleans), names allow-listed beans
 * ({@link ExpressionBeans}) without calling them, and uses JUEL's operators. Every other property or
 * method of any object (getClass, the process definition, the engine and its services) is refused,
 * because one such step leads from a variable to Class.forName.
 */
final class ExpressionAllowList {

    /** The engine's own functions (registered in ProcessEngineConfigurationImpl); they return plain data. */
    static final Set<String> FUNCTIONS = Set.of(DateTimeFunctions.NOW, DateTimeFunctions.DATE_TIME,
            CommandContextFunctions.CURRENT_USER, CommandContextFunctions.CURRENT_USER_GROUPS);

    /** An object whose listed methods an expression may call; its getters also read as properties. */
    enum Receiver {
        EXECUTION("execution", DelegateExecution.class, "getVariable", "getVariableLocal", "hasVariable",
                "getProcessBusinessKey", "getBusinessKey", "getProcessInstanceId", "getCurrentActivityId"),
        TASK("task", DelegateTask.class, "getVariable", "getVariableLocal", "hasVariable", "getId", "getName",
                "getAssignee", "getOwner", "getTaskDefinitionKey", "getProcessInstanceId"),
        /** What a business rule task leaves in {@code decisionResult}. */
        DECISION_RESULT(null, DmnDecisionResult.class, "getSingleResult", "getFirstResult", "getResultList",
                "getSingleEntry", "collectEntries"),
        DECISION_RESULT_ENTRIES(null, DmnDecisionResultEntries.class, "getSingleEntry", "getFirstEntry", "getEntry");

        private final String identifier;
        private final Class<?> type;
        private final Set<String> methods;

        Receiver(String identifier, Class<?> type, String... methods) {
            this.identifier = identifier;
            this.type = type;
            this.methods = Set.of(methods);
        }

        /** The name an expression reaches it by, or empty for objects that arrive in variables. */
        Optional<String> identifier() {
            return Optional.ofNullable(identifier);
        }

        boolean allowsMethod(String name) {
            return methods.contains(name);
        }

        /** The getter a property reads: {@code processBusinessKey} is {@code getProcessBusinessKey()}. */
        Optional<String> getter(String property) {
            if (property.isEmpty()) {
                return Optional.empty();
            }
            String capitalised = property.substring(0, 1).toUpperCase(Locale.ROOT) + property.substring(1);
            return Stream.of("get" + capitalised, "is" + capitalised).filter(methods::contains)
                    .filter(name -> method(name, 0).isPresent()).findFirst();
        }

        /** The listed method of the interface (never of the implementation) with that many parameters. */
        Optional<Method> method(String name, int parameters) {
            if (!methods.contains(name)) {
                return Optional.empty();
            }
            return Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(name))
                    .filter(m -> m.getParameterCount() == parameters).findFirst();
        }

        String describe() {
            return (identifier != null ? identifier : type.getSimpleName()) + "."
                    + methods.stream().sorted().collect(Collectors.joining("|"));
        }
    }

    private final ExpressionBeans beans;

    ExpressionAllowList(ExpressionBeans beans) {
        this.beans = beans;
    }

    ExpressionBeans beans() {
        return beans;
    }

    /** The receiver an object is, judged by the interfaces the allow-list names. */
    static Optional<Receiver> receiverOf(Object base) {
        return Arrays.stream(Receiver.values()).filter(r -> r.type.isInstance(base)).findFirst();
    }

    static Optional<Receiver> receiverNamed(String identifier) {
        return Arrays.stream(Receiver.values()).filter(r -> r.identifier().filter(identifier::equals).isPresent())
                .findFirst();
    }

    /** Receivers that a variable may hold besides plain data. */
    static List<Receiver> inVariables() {
        return Arrays.stream(Receiver.values()).filter(r -> r.identifier().isEmpty()).toList();
    }

    /** The allow-list in one line, for the messages that refuse an expression. */
    static String describe() {
        return Stream.concat(Arrays.stream(Receiver.values()).map(Receiver::describe),
                FUNCTIONS.stream().sorted().map(f -> f + "()")).collect(Collectors.joining(", "));
    }
}
