package org.ipflow.modeling;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.ipflow.forms.FormCatalog;
import org.ipflow.forms.FormSchemaException;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Service;

/**
 * The one deployment validator (DESIGN.md, "model safety"): every deployment passes it, from the
 * studio, through /engine-rest or at start-up ({@link ModelValidationDeployer}). It answers with
 * problems per element (id, line, message) and deploys nothing. Declarations and entities are refused
 * on the raw bytes, before anything parses them.
 */
@Service
public class ModelValidator {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final ModelRules codeRules;
    private final IdentityService identity;
    private final FormCatalog forms;
    private final EngineDryRun dryRun;

    ModelValidator(ApplicationContext context, IdentityService identity, FormCatalog forms, ProcessEngine engine) {
        this.codeRules = new ModelRules(new ExpressionAllowList(new ExpressionBeans(context)));
        this.identity = identity;
        this.forms = forms;
        this.dryRun = new EngineDryRun(engine);
    }

    /** Everything a deployment would check, plus the engine's own parse, without deploying. */
    public List<ModelProblem> validate(ModelType type, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        List<ModelProblem> problems = new ArrayList<>(check(type, bytes, Set.of()));
        Element root = type != ModelType.FORM && XmlDeclarations.check(bytes).isEmpty() ? ModelXml.read(bytes).root() : null;
        if (root != null) {
            problems.addAll(switch (type) {
                case BPMN -> dryRun.bpmn(type.resourceName("validation"), bytes);
                // the DMN engine names elements only inside its messages
                case DMN -> dryRun.dmn(bytes).stream().map(p -> DmnRules.locate(root, p)).toList();
                default -> List.of();
            });
        }
        return problems.stream().distinct().toList();
    }

    /** The problems of each resource of one deployment (forms in it count as deployed); only models. */
    Map<String, List<ModelProblem>> checkDeployment(Map<String, byte[]> resources) {
        Set<String> formsHere = new HashSet<>();
        resources.forEach((name, bytes) -> {
            if (ModelType.ofResource(name, bytes).orElse(null) == ModelType.FORM) {
                try {
                    formsHere.add(forms.parse(new String(bytes, StandardCharsets.UTF_8)).id());
                } catch (FormSchemaException e) {
                    // reported below with the form's own problems
                }
            }
        });
        Map<String, List<ModelProblem>> problems = new LinkedHashMap<>();
        resources.forEach((name, bytes) -> ModelType.ofResource(name, bytes).ifPresent(type -> {
            List<ModelProblem> found = check(type, bytes, formsHere);
            if (!found.isEmpty()) {
                problems.put(name, found);
            }
        }));
        return problems;
    }

    List<ModelProblem> check(ModelType type, byte[] content, Set<String> formsInDeployment) {
        if (type == ModelType.FORM) {
            try {
                // a form without an id is read (form-js gives one on import), but the engine keys a deployed form by it
                forms.parse(new String(content, StandardCharsets.UTF_8));
                if (JSON.readTree(content).path("id").asText("").isBlank()) {
                    return List.of(ModelProblem.of(null, 0, "form.schema.noId"));
                }
                return List.of();
            } catch (java.io.IOException e) {
                return List.of(ModelProblem.of(null, 0, "form.schema.noId"));
            } catch (FormSchemaException e) {
                return e.problems().stream().map(ModelValidator::problem).toList();
            }
        }
        List<ModelProblem> declarations = XmlDeclarations.check(content);
        if (!declarations.isEmpty()) {
            return declarations;
        }
        ModelXml.Read read = ModelXml.read(content);
        if (read.root() == null) {
            return read.problems();
        }
        if (type == ModelType.DMN) {
            return DmnRules.check(read.root());
        }
        Predicate<String> formExists = id -> formsInDeployment.contains(id) || forms.find(id).isPresent();
        List<ModelProblem> problems = new ArrayList<>(codeRules.check(read.root()));
        problems.addAll(new BpmnContractRules(this::groupExists, formExists).check(read.root()));
        return problems;
    }

    /** A form's problem keeps the English message that names form and component, and shows its reason. */
    static ModelProblem problem(FormSchemaException e) {
        FormSchemaException.Reason reason = e.reason();
        return reason == null ? ModelProblem.of(e.componentId(), 0, "model.problem.form", e.getMessage())
                : new ModelProblem(e.componentId(), 0, e.getMessage(), reason.code(), reason.args());
    }

    private boolean groupExists(String id) {
        return identity.createGroupQuery().groupId(id).count() > 0;
    }
}
