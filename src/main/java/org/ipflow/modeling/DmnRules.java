package org.ipflow.modeling;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
    private static final Pattern EXTERNAL_FUNCTION = Pattern.compile("\\bexternal\\b", Pattern.CASE_INSENSITIVE);

    private DmnRules() {
    }

    static List<ModelProblem> check(Element definitions) {
        List<ModelProblem> problems = new ArrayList<>();
        if (definitions.elements("decision").isEmpty()) {
            problems.add(new ModelProblem(definitions.attribute("id"), definitions.getLine(), "the model holds no decision"));
        }
        for (Element decision : definitions.elements("decision")) {
            String ttl = decision.attributeNS(CAMUNDA, "historyTimeToLive");
            if (ttl == null || ttl.isBlank()) {
                problems.add(new ModelProblem(decision.attribute("id"), decision.getLine(),
                        "history time-to-live is not set (camunda:historyTimeToLive, e.g. P3650D)"));
            }
        }
        visit(definitions, definitions.attribute("id"), problems);
        return problems;
    }

    private static void visit(Element element, String ownerId, List<ModelProblem> problems) {
        String id = element.attribute("id") != null ? element.attribute("id") : ownerId;
        String language = element.attribute("expressionLanguage");
        if (language != null && !FEEL.contains(language.strip().toLowerCase(Locale.ROOT))) {
            problems.add(new ModelProblem(id, element.getLine(), "expression language '" + language
                    + "' is not allowed: decision tables use FEEL only"));
        }
        String text = element.getText();
        if (text != null && EXTERNAL_FUNCTION.matcher(text).find()) {
            problems.add(new ModelProblem(id, element.getLine(), "external (Java) functions are not allowed"));
        }
        if (text != null && (text.contains("${") || text.contains("#{"))) {
            problems.add(new ModelProblem(id, element.getLine(), "JUEL expressions are not allowed: use FEEL"));
        }
        for (Element child : element.elements()) {
            visit(child, id, problems);
        }
    }
}
