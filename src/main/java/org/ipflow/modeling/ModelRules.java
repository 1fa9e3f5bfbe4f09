package org.ipflow.modeling;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * The deployment validator's rules for BPMN: a model may call only IPFlow's allow-listed building
 * blocks through {@code ${delegateExpression}}; scripts and Java class names are refused, and every
 * expression must keep to the {@link ExpressionAllowList}, because a deployed model runs on every node
 * with the application's rights.
 */
public class ModelRules {

    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}$");
    private static final List<String> LISTENERS = List.of("executionListener", "taskListener");

    private final ExpressionBeans beans;
    private final ExpressionCheck expressions;

    ModelRules(ExpressionAllowList allowList) {
        this.beans = allowList.beans();
        this.expressions = new ExpressionCheck(allowList);
    }

    public List<ModelProblem> check(Element root) {
        List<ModelProblem> problems = new ArrayList<>();
        visit(root, null, problems);
        return problems;
    }

    private void visit(Element element, String ownerId, List<ModelProblem> problems) {
        String id = element.attribute("id") != null ? element.attribute("id") : ownerId;
        String tag = element.getTagName();
        if ("scriptTask".equals(tag)) {
            problems.add(ModelProblem.of(id, element.getLine(), "model.problem.scriptTask"));
        }
        if ("script".equals(tag) && CAMUNDA_NS.equals(element.getUri())) {
            problems.add(ModelProblem.of(id, element.getLine(), "model.problem.script"));
        }
        for (String key : element.attributes()) {
            String value = element.attribute(key);
            String name = key.substring(key.lastIndexOf(':') + 1);
            if (key.startsWith(CAMUNDA_NS) && "class".equals(name)) {
                problems.add(ModelProblem.of(id, element.getLine(), "model.problem.javaClass"));
            }
            if (key.startsWith(CAMUNDA_NS) && "expression".equals(name) && isServiceLike(tag)) {
                problems.add(ModelProblem.of(id, element.getLine(), "model.problem.taskExpression"));
            }
            if (key.startsWith(CAMUNDA_NS) && "delegateExpression".equals(name)) {
                checkDelegate(id, element.getLine(), value, problems);
            }
            if (CAMUNDA_NS.equals(element.getUri()) && LISTENERS.contains(tag)) {
                checkListener(id, element.getLine(), key, value, problems);
            }
            if (key.startsWith(CAMUNDA_NS) && "resource".equals(name) && "script".equals(tag)) {
                problems.add(ModelProblem.of(id, element.getLine(), "model.problem.externalScript"));
            }
            expressions.check(id, element.getLine(), value).ifPresent(problems::add);
        }
        expressions.check(id, element.getLine(), element.getText()).ifPresent(problems::add);
        for (Element child : element.elements()) {
            visit(child, id, problems);
        }
    }

    private static boolean isServiceLike(String tag) {
        return List.of("serviceTask", "sendTask", "businessRuleTask", "intermediateThrowEvent", "endEvent")
                .contains(tag);
    }

    private void checkDelegate(String id, int line, String value, List<ModelProblem> problems) {
        Matcher matcher = BEAN_EXPRESSION.matcher(value == null ? "" : value.strip());
        if (!matcher.matches()) {
            problems.add(ModelProblem.of(id, line, "model.problem.delegateExpression"));
        } else if (!beans.names().contains(matcher.group(1))) {
            problems.add(ModelProblem.of(id, line, "model.problem.unknownBean", matcher.group(1),
                    String.join(", ", beans.names().stream().sorted().toList())));
        }
    }

    /** A listener's own attributes carry no namespace: class, expression and delegateExpression. */
    private void checkListener(String id, int line, String attribute, String value, List<ModelProblem> problems) {
        switch (attribute) {
            case "class" -> problems.add(ModelProblem.of(id, line, "model.problem.listenerClass"));
            case "expression" -> problems.add(ModelProblem.of(id, line, "model.problem.listenerExpression"));
            case "delegateExpression" -> checkDelegate(id, line, value, problems);
            default -> { }
        }
    }
}
