package org.ipflow.application;

import java.util.Map;

/** Input refused, with a message per field (already in the caller's language). Nothing was stored. */
public class ValidationFailed extends RuntimeException {

    private final Map<String, String> errors;

    public ValidationFailed(Map<String, String> errors) {
        super("invalid input: " + errors.keySet());
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
