package org.ipflow.modeling;

/** One reason a model cannot be deployed, tied to the element it concerns. */
public record ModelProblem(String elementId, int line, String message) {

    @Override
    public String toString() {
        return (elementId == null ? "line " + line : elementId) + ": " + message;
    }
}
