package org.ipflow.modeling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * A model as {@link ModelDiff} compares it: each element with an id and its values by name (attributes,
 * texts, and what its children without an id say, e.g. {@code conditionExpression} or
 * {@code property[nameEn].value}), and apart from them the layout of each element (BPMN and DMN DI
 * shapes by the element they draw, form rows). Names lose their namespace prefix, attributes their
 * order and texts their surrounding whitespace; what an editor writes by itself on saving (exporter,
 * form schema version, namespace declarations, DI ids) is left out.
 */
record ModelOutline(Map<String, Node> nodes, Map<String, String> layout) {

    /** One element: its kind (tag or form field type), name (or form label) and values by name. */
    record Node(String kind, String name, Map<String, String> values) {
    }

    private static final Set<String> LAYOUT_NAMESPACES = Set.of("http://www.omg.org/spec/BPMN/20100524/DI",
            "https://www.omg.org/spec/DMN/20191111/DMNDI/", "http://www.omg.org/spec/DD/20100524/DC",
            "http://www.omg.org/spec/DD/20100524/DI", "http://www.omg.org/spec/DMN/20180521/DC/",
            "http://www.omg.org/spec/DMN/20180521/DI/");
    private static final Set<String> EDITOR_WRITTEN = Set.of("id", "exporter", "exporterVersion", "schemaVersion");
    private static final ObjectMapper JSON = new ObjectMapper();

    static ModelOutline of(ModelType type, String model) {
        ModelOutline outline = new ModelOutline(new LinkedHashMap<>(), new HashMap<>());
        if (model == null || model.isBlank()) {
            return outline;
        }
        if (type == ModelType.FORM) {
            try {
                outline.form(JSON.readTree(model));
            } catch (IOException e) {
                throw new IllegalArgumentException("the form is not JSON: " + e.getMessage(), e);
            }
            return outline;
        }
        ModelXml.Read read = ModelXml.read(model.getBytes(StandardCharsets.UTF_8));
        if (read.root() == null) {
            throw new IllegalArgumentException("the model is not readable: " + read.problems());
        }
        outline.element(read.root());
        return outline;
    }

    private void element(Element element) {
        if (LAYOUT_NAMESPACES.contains(element.getUri())) {
            shape(element);
            return;
        }
        if (element.attribute("id") != null && !ownedByParent(element)) {
            Map<String, String> values = new TreeMap<>();
            describe(element, "", values);
            nodes.put(element.attribute("id"), new Node(element.getTagName(), element.attribute("name"), values));
        }
        element.elements().stream().filter(child -> !ownedByParent(child)).forEach(this::element);
    }

    /** An event definition belongs to its event: a timer's duration is the event's value. */
    private static boolean ownedByParent(Element element) {
        return element.getTagName().endsWith("EventDefinition");
    }

    private static void describe(Element element, String path, Map<String, String> values) {
        for (String attribute : element.attributes()) {
            String local = attribute.substring(attribute.lastIndexOf(':') + 1);
            boolean inSegment = path.endsWith("]") && "name".equals(local);
            if (!EDITOR_WRITTEN.contains(local) && !attribute.startsWith("xmlns") && !inSegment) {
                String value = element.attribute(attribute);
                // xsi:type names a schema type through the document's own prefix
                values.put(path + local,
                        attribute.contains("XMLSchema-instance") ? value.substring(value.indexOf(':') + 1) : value);
            }
        }
        String text = element.getText() == null ? "" : element.getText().strip().replaceAll("\\s+", " ");
        if (!text.isEmpty()) {
            values.put(path.isEmpty() ? "text" : path.substring(0, path.length() - 1), text);
        }
        Map<String, Integer> seen = new HashMap<>();
        for (Element child : element.elements()) {
            boolean ownNode = child.attribute("id") != null && !ownedByParent(child);
            if (LAYOUT_NAMESPACES.contains(child.getUri()) || ownNode) {
                continue;
            }
            String tag = child.getTagName();
            int n = seen.merge(tag, 1, Integer::sum);
            String segment = child.attribute("name") != null ? tag + "[" + child.attribute("name") + "]"
                    : n > 1 ? tag + "[" + n + "]" : tag;
            describe(child, "extensionElements".equals(tag) ? path : path + segment + ".", values);
        }
    }

    /** A DI shape or edge (not the plane, which names the whole process), by the element it draws. */
    private void shape(Element element) {
        String drawn = element.attribute("bpmnElement", element.attribute("dmnElementRef"));
        boolean drawing = element.getTagName().endsWith("Shape") || element.getTagName().endsWith("Edge");
        if (drawn != null && drawing) {
            StringBuilder geometry = new StringBuilder();
            geometry(element, geometry);
            layout.put(drawn, geometry.toString());
            return;
        }
        element.elements().forEach(this::shape);
    }

    private static void geometry(Element element, StringBuilder out) {
        for (String a : List.of("x", "y", "width", "height")) {
            if (element.attribute(a) != null) {
                out.append(a).append('=').append(element.attribute(a)).append(' ');
            }
        }
        element.elements().forEach(child -> geometry(child, out));
    }

    private void form(JsonNode node) {
        if (node.isObject() && node.hasNonNull("id") && node.has("type")) {
            Map<String, String> values = new TreeMap<>();
            node.fields().forEachRemaining(f -> {
                if ("layout".equals(f.getKey())) {
                    layout.put(node.get("id").asText(), f.getValue().toString());
                } else if (!"components".equals(f.getKey()) && !EDITOR_WRITTEN.contains(f.getKey())) {
                    flatten(f.getKey(), f.getValue(), values);
                }
            });
            String label = node.path("label").asText(node.path("key").asText(null));
            nodes.put(node.get("id").asText(), new Node(node.get("type").asText(), label, values));
        }
        node.forEach(this::form);
    }

    private static void flatten(String path, JsonNode value, Map<String, String> values) {
        if (value.isObject()) {
            value.fields().forEachRemaining(f -> flatten(path + "." + f.getKey(), f.getValue(), values));
        } else if (value.isArray() && value.size() > 0 && value.get(0).isObject() && !"components".equals(path)) {
            for (int i = 0; i < value.size(); i++) {
                flatten(path + "[" + (i + 1) + "]", value.get(i), values);
            }
        } else {
            values.put(path, value.isTextual() ? value.asText() : value.toString());
        }
    }
}
