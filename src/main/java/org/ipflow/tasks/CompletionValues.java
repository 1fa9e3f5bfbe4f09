package org.ipflow.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ipflow.application.DecisionKind;
import org.ipflow.shared.ExactDecimals;
import org.ipflow.shared.ProcessVariables;

/** What a completion's validated data becomes: the process variables it sets, the decision and details the timeline keeps. */
final class CompletionValues {

    private CompletionValues() {
    }

    /**
     * Decimals as exact variables; a group's nested values and a list's rows as JSON text, which a later
     * task's form reads back ({@code FormPrefill}): the engine stores no maps without a serializer.
     */
    static Map<String, Object> variables(Map<String, Object> clean, ObjectMapper json) {
        Map<String, Object> variables = new HashMap<>();
        clean.forEach((key, value) -> {
            if (value instanceof BigDecimal decimal) {
                variables.put(key, ExactDecimals.toVariable(decimal));
            } else if (value instanceof String || value instanceof Boolean || value instanceof Number) {
                variables.put(key, value);
            } else if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
                try {
                    variables.put(key, json.writeValueAsString(value));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("form data of '" + key + "' cannot be written as JSON", e);
                }
            } else if (value != null) {
                variables.put(key, value.toString());
            }
        });
        return variables;
    }

    static String decisionOf(Map<String, Object> clean) {
        if (clean.get(ProcessVariables.DECISION) instanceof String decision) {
            return decision;
        }
        if (clean.containsKey(ProcessVariables.SCORE)) {
            return DecisionKind.SCORE.value();
        }
        return (clean.containsKey(ProcessVariables.PAID_AMOUNT) ? DecisionKind.DISBURSED : DecisionKind.COMPLETED).value();
    }

    /** The timeline's details of the decision: the data as validated, with each rubric criterion's score and comment. */
    static String details(ObjectMapper json, Map<String, Object> clean, Map<String, Object> rubricScores) {
        Map<String, Object> details = new LinkedHashMap<>(clean);
        details.putAll(rubricScores);
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
