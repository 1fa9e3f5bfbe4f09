package org.ipflow.modeling;

import java.util.List;

/** The engine refused a model the validator let through; the transaction rolls back. */
class ModelRefused extends RuntimeException {

    private final List<ModelProblem> problems;

    ModelRefused(List<ModelProblem> problems) {
        super("model refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    List<ModelProblem> problems() {
        return problems;
    }
}
