package org.ipflow.modeling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;

/**
 * The deployment validator's rules for decision tables: FEEL only (a JUEL or script expression
 * language would evaluate code on every node), no FEEL functions that call Java, and history that
 * expires.
 */
final class DmnRules {

    private static final Namespace CAMUNDA = new Namespace("http://camunda.org/schema/1.0/dmn");
    private static final Set<String> FEEL = Set.of("feel", "https://www.omg.org/spec/dmn/20191111/feel/",
            "http://www.omg.org/spec/feel/20140401", "https://www.omg.org/spec/feel/20140401");
    private static final Pattern QUOTED = Pattern.compile("(?<=')([^'\\s]+)(?=')");
    private static final Pattern SCHEMA_LINE = Pattern.compile("\\bLine=(\\d+)");
    private static final Pattern EXTERNAL_FUNCTION = Pattern.compile("\\bexternal\\b", Pattern.CASE_INSENSITIVE);

    private DmnRules() {
    }

    static List<ModelProblem> check(Element definitions) {
        List<ModelProblem> problems = new ArrayList<>();
        if (definitions.elements("decision").isEmpty()) {
            problems.add(ModelProblem.of(definitions.attribute("id"), definitions.getLine(), "model.problem.noDecision"));
        }
        for (Element decision : definitions.elements("decision")) {
            String ttl = decision.attributeNS(CAMUNDA, "historyTimeToLive");
            if (ttl == null || ttl.isBlank()) {
                problems.add(ModelProblem.of(decision.attribute("id"), decision.getLine(),
                        "model.problem.noHistoryTimeToLive"));
            }
        }
        visit(definitions, definitions.attribute("id"), problems);
        return problems;
    }

    /**
     * The same problem tied to the element it concerns: the DMN engine writes ids only into its messages
     * ("... for rule 'Rule_High'"; the last quoted id of the model is the most specific one), and its
     * schema check only a line ("Line=10"; the element with an id that opens last at or before it).
     */
    static ModelProblem locate(Element definitions, ModelProblem problem) {
        if (problem.elementId() != null || problem.message() == null) {
            return problem;
        }
        Map<String, Element> elements = new LinkedHashMap<>();
        index(definitions, elements);
        Element named = null;
        Matcher quoted = QUOTED.matcher(problem.message());
        while (quoted.find()) {
            named = elements.getOrDefault(quoted.group(1), named);
        }
        Matcher line = SCHEMA_LINE.matcher(problem.message());
        if (named == null && line.find()) {
            int at = Integer.parseInt(line.group(1));
            for (Element element : elements.values()) {
                if (element.getLine() <= at && (named == null || element.getLine() > named.getLine())) {
                    named = element;
                }
            }
        }
        return named == null ? problem : problem.at(named.attribute("id"), named.getLine());
    }

    private static void index(Element element, Map<String, Element> elements) {
        if (element.attribute("id") != null) {
            elements.putIfAbsent(element.attribute("id"), element);
        }
        element.elements().forEach(child -> index(child, elements));
    }

    private static void visit(Element element, String ownerId, List<ModelProblem> problems) {
        String id = element.attribute("id") != null ? element.attribute("id") : ownerId;
        String language = element.attribute("expressionLanguage");
        if (language != null && !FEEL.contains(language.strip().toLowerCase(Locale.ROOT))) {
            problems.add(ModelProblem.of(id, element.getLine(), "model.problem.expressionLanguage", language));
        }
        String text = element.getText();
        if (text != null && EXTERNAL_FUNCTION.matcher(text).find()) {
            problems.add(ModelProblem.of(id, element.getLine(), "model.problem.externalFunction"));
        }
        if (text != null && (text.contains("${") || text.contains("#{"))) {
            problems.add(ModelProblem.of(id, element.getLine(), "model.problem.juel"));
        }
        for (Element child : element.elements()) {
            visit(child, id, problems);
        }
    }
}
