package org.ipflow.modeling;

/**
 * Something a model would do better, tied to the element it concerns: unlike a {@link ModelProblem}
 * it does not keep the model from being deployed.
 */
public record ModelWarning(String elementId, String message) {

    @Override
    public String toString() {
        return elementId + ": " + message;
    }
}
