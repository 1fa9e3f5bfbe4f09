package org.ipflow.modeling;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.model.dmn.Dmn;

/**
 * Parses a model with the engine's own parsers, exactly as a deployment would (schema, executable
 * elements, timers, expressions), but stores nothing: the parse runs in a command of its own and its
 * definitions are dropped. Problems that IPFlow's rules already reported element by element are left
 * out.
 */
final class EngineDryRun {

    private static final String OWN_REFUSAL = "IPFlow's deployment validator";

    private final ProcessEngineConfigurationImpl configuration;

    EngineDryRun(ProcessEngine engine) {
        this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    List<ModelProblem> bpmn(String resourceName, byte[] content) {
        BpmnDeployer deployer = configuration.getDeployers().stream().filter(BpmnDeployer.class::isInstance)
                .map(BpmnDeployer.class::cast).findFirst().orElseThrow();
        return configuration.getCommandExecutorTxRequired().execute(context -> {
            DeploymentEntity deployment = new DeploymentEntity();
            deployment.setName("validation");
            try {
                deployer.getBpmnParser().createParse().sourceInputStream(new ByteArrayInputStream(content))
                        .deployment(deployment).name(resourceName).execute();
                return List.of();
            } catch (ParseException e) {
                return e.getResorceReports().stream().flatMap(report -> report.getErrors().stream())
                        .filter(p -> p.getMessage() == null || !p.getMessage().contains(OWN_REFUSAL))
                        .map(p -> ModelProblem.engine(p.getMainElementId(), p.getLine(), p.getMessage())).toList();
            } catch (ProcessEngineException e) {
                return List.of(ModelProblem.engine(null, 0, e.getMessage()));
            }
        });
    }

    List<ModelProblem> dmn(byte[] content) {
        return configuration.getCommandExecutorTxRequired().execute(context -> {
            try {
                configuration.getDmnEngineConfiguration().getTransformer().createTransform()
                        .modelInstance(Dmn.readModelFromStream(new ByteArrayInputStream(content)))
                        .transformDecisionRequirementsGraph();
                return List.<ModelProblem>of();
            } catch (RuntimeException e) {
                return List.of(ModelProblem.engine(null, 0, messages(e)));
            }
        });
    }

    /** The DMN engine wraps the reason ("for rule 'Rule_3'") in "unable to transform decisions": keep both. */
    private static String messages(Throwable e) {
        List<String> messages = new java.util.ArrayList<>();
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && messages.stream().noneMatch(m -> m.contains(message))) {
                messages.add(message);
            }
        }
        return String.join(": ", messages);
    }
}
