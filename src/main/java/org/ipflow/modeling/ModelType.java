package org.ipflow.modeling;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.dmn.deployer.DecisionDefinitionDeployer;
import org.camunda.bpm.engine.impl.form.deployer.CamundaFormDefinitionDeployer;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** The three kinds of model an administrator edits: processes, decision tables and forms. */
public enum ModelType {
    BPMN("bpmn/", ".bpmn", BpmnDeployer.BPMN_RESOURCE_SUFFIXES),
    DMN("bpmn/", ".dmn", DecisionDefinitionDeployer.DMN_RESOURCE_SUFFIXES),
    FORM("forms/", ".form", CamundaFormDefinitionDeployer.FORM_RESOURCE_SUFFIXES);

    private static final String BPMN_NAMESPACE = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    /** Every DMN version's namespace (1.1 to 1.5, http and https) holds this. */
    private static final String DMN_NAMESPACES = "omg.org/spec/DMN/";

    private final String folder;
    private final String extension;
    private final String[] engineSuffixes;

    ModelType(String folder, String extension, String[] engineSuffixes) {
        this.folder = folder;
        this.extension = extension;
        this.engineSuffixes = engineSuffixes;
    }

    /** The resource name a model is deployed under: the same as its file in the repository's folder. */
    public String resourceName(String key) {
        return folder + key + extension;
    }

    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ModelType> ofPath(String path) {
        return Arrays.stream(values()).filter(t -> t.path().equals(path)).findFirst();
    }

    /**
     * The kind of model the engine would deploy a resource as: by the engine's own suffix lists, which
     * it matches with a plain {@code endsWith} (so {@code x.bpmn20.xml} and {@code x.dmn11.xml} too).
     */
    private static Optional<ModelType> bySuffix(String resourceName) {
        return Arrays.stream(values()).filter(t -> resourceName != null
                && Arrays.stream(t.engineSuffixes).anyMatch(resourceName::endsWith)).findFirst();
    }

    /**
     * A resource of a deployment as the validator checks it: by the engine's suffixes, else, for XML
     * (a {@code .xml} name or content that starts like XML), by its root element, so that a process or
     * a decision under any other name is checked as well. XML with declarations counts as a process:
     * its check refuses them before anything parses it.
     */
    static Optional<ModelType> ofResource(String resourceName, byte[] content) {
        Optional<ModelType> bySuffix = bySuffix(resourceName);
        if (bySuffix.isPresent() || !(String.valueOf(resourceName).endsWith(".xml") || looksLikeXml(content))) {
            return bySuffix;
        }
        if (!XmlDeclarations.check(content).isEmpty()) {
            return Optional.of(BPMN);
        }
        Element root = ModelXml.read(content).root();
        if (root == null || !"definitions".equals(root.getTagName()) || root.getUri() == null) {
            return Optional.empty();
        }
        return root.getUri().equals(BPMN_NAMESPACE) ? Optional.of(BPMN)
                : root.getUri().contains(DMN_NAMESPACES) ? Optional.of(DMN) : Optional.empty();
    }

    private static boolean looksLikeXml(byte[] content) {
        String start = new String(content, 0, Math.min(content.length, 256), StandardCharsets.ISO_8859_1)
                .replace("\0", "").replaceFirst("^(\u00EF\u00BB\u00BF|\u00FE\u00FF|\u00FF\u00FE)", "").strip();
        return start.startsWith("<");
    }
}
