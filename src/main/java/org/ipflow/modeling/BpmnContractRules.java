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
    /** Camunda 7's form keys: a form file deployed with the process, or one of the application's (IPFlow's packaged forms). */
    private static final String DEPLOYED_FORM = "camunda-forms:deployment:";
    private static final String APP_FORM = "camunda-forms:app:";

    BpmnContractRules(Predicate<String> groupExists, Predicate<String> formExists) {
        this.groupExists = groupExists;
        this.formExists = formExists;
    }

    List<ModelProblem> check(Element definitions) {
        List<ModelProblem> problems = new ArrayList<>();
        List<Element> processes = definitions.elements("process");
        if (processes.isEmpty()) {
            problems.add(ModelProblem.of(definitions.attribute("id"), definitions.getLine(), "model.problem.noProcess"));
        }
        for (Element process : processes) {
            String id = process.attribute("id");
            if (!"true".equals(process.attribute("isExecutable"))) {
                problems.add(ModelProblem.of(id, process.getLine(), "model.problem.notExecutable"));
            }
            String ttl = process.attributeNS(CAMUNDA, "historyTimeToLive");
            if (ttl == null || ttl.isBlank()) {
                problems.add(ModelProblem.of(id, process.getLine(), "model.problem.noHistoryTimeToLive"));
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
                problems.add(ModelProblem.of(task.attribute("id"), task.getLine(), "model.problem.unknownGroup", name,
                        String.join(", ", Roles.ALL), REGIONAL_REVIEWERS));
            }
        }
    }

    private void checkForm(Element element, String form, List<ModelProblem> problems) {
        if (form == null || form.isBlank()) {
            return;
        }
        String id = element.attribute("id");
        if (form.startsWith(DEPLOYED_FORM)) {
            return; // a file of the same deployment: the engine resolves it there
        }
        if (form.startsWith(APP_FORM)) {
            String file = form.substring(form.lastIndexOf('/') + 1).replaceFirst("\\.form$", "");
            form = file.isBlank() ? form : file;
        }
        if (form.contains("${") || form.contains("#{") || form.contains(":")) {
            problems.add(ModelProblem.of(id, element.getLine(), "model.problem.formReference", form));
        } else if (!formExists.test(form.strip())) {
            problems.add(ModelProblem.of(id, element.getLine(), "model.problem.noSuchForm", form.strip()));
        }
    }
}
