package org.ipflow.modeling;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Runs the deployment validator on every BPMN the engine parses, whoever deploys it: start-up,
 * /engine-rest or the studio. Throwing here aborts the whole deployment, so nothing unsafe is stored.
 */
class ModelSafetyParseListener extends AbstractBpmnParseListener {

    private final ModelRules rules;

    ModelSafetyParseListener(ModelRules rules) {
        this.rules = rules;
    }

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        List<ModelProblem> problems = rules.check(processElement);
        if (!problems.isEmpty()) {
            String message = problems.stream().map(ModelProblem::toString).collect(Collectors.joining("; "));
            throw new BpmnParseException("Model refused by IPFlow's deployment validator: " + message, processElement);
        }
    }
}
