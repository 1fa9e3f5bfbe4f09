package org.ipflow.modeling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.ipflow.forms.FormCatalog;
import org.ipflow.identity.CurrentCaller;
import org.springframework.context.ApplicationContext;

/**
 * Runs the deployment validator on every new deployment, whoever makes it (start-up, /engine-rest,
 * the studio), before the engine's own deployers, and audits those IPFlow's own code did not make
 * ({@link DeploymentAudit}). Throwing rolls the deployment back, so nothing unsafe
 * is stored; a {@link ParseException} makes /engine-rest answer 400 with the problems per element.
 * Deployments read again into the cache (after a restart) are not new and are not checked again, so a
 * model valid when it was deployed keeps running. The validator is looked up when first needed: the
 * engine is configured before the beans it depends on exist.
 */
class ModelValidationDeployer implements Deployer {

    private final ApplicationContext context;

    ModelValidationDeployer(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return;
        }
        Map<String, byte[]> resources = new LinkedHashMap<>();
        deployment.getResources().forEach((name, resource) -> resources.put(name, resource.getBytes()));
        Map<String, List<ModelProblem>> problems = context.getBean(ModelValidator.class).checkDeployment(resources);
        if (!problems.isEmpty()) {
            throw refusal(problems);
        }
        if (!DeploymentAudit.isByCaller()) {
            // In the deployment's transaction: no deployment from outside IPFlow's own code goes unrecorded.
            String name = deployment.getName() == null ? deployment.getId() : deployment.getName();
            context.getBean(AuditLog.class).record(CurrentCaller.name(), "DEPLOY",
                    "deployment:" + (name.length() > 180 ? name.substring(0, 180) : name), deployment.getId(),
                    "resources " + String.join(", ", resources.keySet().stream().sorted().toList()) + "; source "
                            + deployment.getSource() + "; " + CurrentCaller.channel());
        }
        FormCatalog forms = context.getBean(FormCatalog.class);
        Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
                committed -> forms.refresh());
    }

    private static ParseException refusal(Map<String, List<ModelProblem>> problems) {
        String message = problems.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().stream()
                .map(ModelProblem::toString).collect(Collectors.joining("; "))).collect(Collectors.joining(" | "));
        List<Problem> errors = new ArrayList<>();
        problems.values().forEach(list -> list.forEach(p -> errors.add(new RefusedElement(p))));
        return new ParseException("Model refused by IPFlow's deployment validator: " + message,
                String.join(", ", problems.keySet()), errors, List.of());
    }

    /** One of the validator's problems as the engine reports it; the studio reads the problem back. */
    record RefusedElement(ModelProblem problem) implements Problem {

        @Override
        public String getMessage() {
            return problem.message();
        }

        @Override
        public int getLine() {
            return problem.line();
        }

        @Override
        public int getColumn() {
            return 0;
        }

        @Override
        public String getMainElementId() {
            return problem.elementId();
        }

        @Override
        public List<String> getElementIds() {
            return problem.elementId() == null ? List.of() : List.of(problem.elementId());
        }
    }
}
