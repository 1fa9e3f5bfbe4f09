package org.ipflow.modeling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * The difference between a draft and the deployed version, by element id: elements added, removed,
 * and changed (with the names of what changed: attributes, {@code text}, {@code content}). Diagram
 * layout (BPMN DI, DMN DI) is left out: moving a shape changes nothing that runs.
 */
final class ModelDiff {

    /** One changed element: its id, kind and what changed. */
    record Change(String id, String kind, String name, List<String> changed) {
    }

    record Result(List<Change> added, List<Change> removed, List<Change> changed) {

        boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
        }
    }

    private record Node(String kind, String name, Map<String, String> attributes, String text, String content) {
    }

    private static final Set<String> LAYOUT_NAMESPACES = Set.of("http://www.omg.org/spec/BPMN/20100524/DI",
            "https://www.omg.org/spec/DMN/20191111/DMNDI/", "http://www.omg.org/spec/DD/20100524/DC",
            "http://www.omg.org/spec/DD/20100524/DI", "http://www.omg.org/spec/DMN/20180521/DC/",
            "http://www.omg.org/spec/DMN/20180521/DI/");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelDiff() {
    }

    static Result compare(ModelType type, String deployed, String draft) {
        return compare(nodes(type, deployed), nodes(type, draft));
    }

    private static Result compare(Map<String, Node> before, Map<String, Node> after) {
        List<Change> added = new ArrayList<>();
        List<Change> removed = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        after.forEach((id, node) -> {
            Node old = before.get(id);
            if (old == null) {
                added.add(new Change(id, node.kind(), node.name(), List.of()));
            } else if (!old.equals(node)) {
                changed.add(new Change(id, node.kind(), node.name(), what(old, node)));
            }
        });
        before.forEach((id, node) -> {
            if (!after.containsKey(id)) {
                removed.add(new Change(id, node.kind(), node.name(), List.of()));
            }
        });
        return new Result(added, removed, changed);
    }

    private static List<String> what(Node old, Node now) {
        Set<String> names = new TreeSet<>(old.attributes().keySet());
        names.addAll(now.attributes().keySet());
        List<String> changed = new ArrayList<>(names.stream()
                .filter(n -> !Objects.equals(old.attributes().get(n), now.attributes().get(n))).toList());
        if (!Objects.equals(old.text(), now.text())) {
            changed.add("text");
        }
        if (!Objects.equals(old.content(), now.content())) {
            changed.add("content");
        }
        if (!old.kind().equals(now.kind())) {
            changed.add("type");
        }
        return changed;
    }

    private static Map<String, Node> nodes(ModelType type, String model) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        if (model == null || model.isBlank()) {
            return nodes;
        }
        if (type == ModelType.FORM) {
            try {
                collect(JSON.readTree(model), nodes);
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("the form is not JSON: " + e.getMessage(), e);
            }
            return nodes;
        }
        ModelXml.Read read = ModelXml.read(model.getBytes(StandardCharsets.UTF_8));
        if (read.root() == null) {
            throw new IllegalArgumentException("the model is not readable: " + read.problems());
        }
        collect(read.root(), nodes);
        return nodes;
    }

    private static void collect(Element element, Map<String, Node> nodes) {
        if (LAYOUT_NAMESPACES.contains(element.getUri())) {
            return;
        }
        String id = element.attribute("id");
        if (id != null) {
            Map<String, String> attributes = new LinkedHashMap<>();
            element.attributes().stream().sorted().filter(a -> !"id".equals(a))
                    .forEach(a -> attributes.put(a.substring(a.lastIndexOf(':') + 1), element.attribute(a)));
            StringBuilder content = new StringBuilder();
            element.elements().stream().filter(child -> child.attribute("id") == null)
                    .forEach(child -> describe(child, content));
            nodes.put(id, new Node(element.getTagName(), element.attribute("name"), attributes,
                    element.getText() == null ? "" : element.getText().strip(), content.toString()));
        }
        element.elements().forEach(child -> collect(child, nodes));
    }

    /** Children without an id (extension elements, conditions, texts) belong to their owner's content. */
    private static void describe(Element element, StringBuilder out) {
        if (LAYOUT_NAMESPACES.contains(element.getUri())) {
            return;
        }
        out.append('<').append(element.getTagName());
        element.attributes().stream().sorted().forEach(a -> out.append(' ').append(a).append('=').append(element.attribute(a)));
        out.append('>').append(element.getText() == null ? "" : element.getText().strip());
        element.elements().forEach(child -> describe(child, out));
        out.append("</>");
    }

    private static void collect(JsonNode node, Map<String, Node> nodes) {
        if (node.isObject() && node.hasNonNull("id") && node.has("type")) {
            Map<String, String> attributes = new LinkedHashMap<>();
            node.fields().forEachRemaining(f -> {
                if (!"id".equals(f.getKey()) && !"components".equals(f.getKey())) {
                    attributes.put(f.getKey(), f.getValue().toString());
                }
            });
            String label = node.path("label").asText(node.path("key").asText(null));
            nodes.put(node.get("id").asText(), new Node(node.get("type").asText(), label, attributes, "", ""));
        }
        node.forEach(child -> collect(child, nodes));
    }
}
