package org.ipflow.modeling;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;
import org.ipflow.identity.Roles;

/**
 * The deployment validator's rules that keep a process workable in IPFlow: it is executable, its
 * history expires, its tasks go to groups that exist and its forms resolve. (What a model may run is
 * {@link ModelRules}' concern.)
 */
final class BpmnContractRules {

    static final String REGIONAL_REVIEWERS = "reviewer-${region}";
    private static final Namespace CAMUNDA = new Namespace(ModelRules.CAMUNDA_NS);
    private static final Set<String> FORM_HOLDERS = Set.of("userTask", "startEvent");

    private final Predicate<String> groupExists;
    private final Predicate<String> formExists;

    BpmnContractRules(Predicate<String> groupExists, Predicate<String> formExists) {
        this.groupExists = groupExists;
        this.formExists = formExists;
    }

    List<ModelProblem> check(Element definitions) {
        List<ModelProblem> problems = new ArrayList<>();
        List<Element> processes = definitions.elements("process");
        if (processes.isEmpty()) {
            problems.add(new ModelProblem(definitions.attribute("id"), definitions.getLine(), "the model holds no process"));
        }
        for (Element process : processes) {
            String id = process.attribute("id");
            if (!"true".equals(process.attribute("isExecutable"))) {
                problems.add(new ModelProblem(id, process.getLine(), "the process is not executable: set isExecutable"));
            }
            String ttl = process.attributeNS(CAMUNDA, "historyTimeToLive");
            if (ttl == null || ttl.isBlank()) {
                problems.add(new ModelProblem(id, process.getLine(),
                        "history time-to-live is not set (camunda:historyTimeToLive, e.g. P3650D)"));
            }
            visit(process, problems);
        }
        return problems;
    }

    private void visit(Element element, List<ModelProblem> problems) {
        if ("userTask".equals(element.getTagName())) {
            checkGroups(element, problems);
        }
        if (FORM_HOLDERS.contains(element.getTagName())) {
            checkForm(element, element.attributeNS(CAMUNDA, "formRef"), problems);
            checkForm(element, element.attributeNS(CAMUNDA, "formKey"), problems);
        }
        for (Element child : element.elements()) {
            visit(child, problems);
        }
    }

    private void checkGroups(Element task, List<ModelProblem> problems) {
        String groups = task.attributeNS(CAMUNDA, "candidateGroups");
        if (groups == null || groups.isBlank()) {
            return;
        }
        for (String group : groups.split(",")) {
            String name = group.strip();
            boolean known = Roles.ALL.contains(name) || REGIONAL_REVIEWERS.equals(name)
                    || !name.contains("${") && !name.contains("#{") && groupExists.test(name);
            if (!known) {
                problems.add(new ModelProblem(task.attribute("id"), task.getLine(), "unknown candidate group '" + name
                        + "': use a role (" + String.join(", ", Roles.ALL) + "), " + REGIONAL_REVIEWERS
                        + " or an existing group"));
            }
        }
    }

    private void checkForm(Element element, String form, List<ModelProblem> problems) {
        if (form == null || form.isBlank()) {
            return;
        }
        String id = element.attribute("id");
        if (form.contains("${") || form.contains("#{") || form.contains(":")) {
            problems.add(new ModelProblem(id, element.getLine(), "the form reference '" + form
                    + "' must be the id of a form (camunda:formRef)"));
        } else if (!formExists.test(form.strip())) {
            problems.add(new ModelProblem(id, element.getLine(), "no form with id '" + form.strip() + "' is deployed"));
        }
    }
}
