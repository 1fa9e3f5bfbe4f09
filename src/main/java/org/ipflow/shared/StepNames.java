package org.ipflow.shared;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * The names of a process and of its steps in the reader's language. A model carries them as data: the
 * Chinese in the BPMN {@code name}, the English in the element's Camunda extension property
 * {@value #NAME_EN}, so that a process deployed from the studio is bilingual without code. English falls
 * back to the Chinese name where the model has no English, the Chinese name to what the caller knows
 * (a stored name, the element's id).
 *
 * <p>Names are read from the engine's cached model of the process definition, once per definition:
 * a definition never changes, so its names are kept (for a bounded number of definitions) instead of
 * walking the model's DOM on every page.
 */
@Component
public class StepNames {

    /** The Camunda extension property holding an element's English name. */
    public static final String NAME_EN = "nameEn";
    private static final int MAX_CACHED_DEFINITIONS = 500;

    private final RepositoryService repository;
    private final Map<String, Map<String, Names>> byDefinition = new ConcurrentHashMap<>();

    public StepNames(RepositoryService repository) {
        this.repository = repository;
    }

    /** An element's Chinese and English name (either may be missing), and whether it is a user task. */
    record Names(String zh, String en, boolean userTask) {

        Optional<String> in(Locale locale) {
            if (english(locale) && !blank(en)) {
                return Optional.of(en);
            }
            return blank(zh) ? Optional.empty() : Optional.of(zh);
        }
    }

    /** The element's name in the locale; {@code fallback} when the definition or element is unknown or unnamed. */
    public String of(String definitionId, String elementId, String fallback, Locale locale) {
        return find(definitionId, elementId, locale).orElse(fallback);
    }

    /** The element's name in the locale, or its id. */
    public String of(String definitionId, String elementId, Locale locale) {
        return of(definitionId, elementId, elementId, locale);
    }

    /** The element's name in the locale, if the definition has such an element and it is named. */
    public Optional<String> find(String definitionId, String elementId, Locale locale) {
        if (definitionId == null || elementId == null) {
            return Optional.empty();
        }
        Names names = names(definitionId).get(elementId);
        return names == null ? Optional.empty() : names.in(locale);
    }

    /** The process's own name in the locale; {@code fallback} when it has none. */
    public String process(ProcessDefinition definition, String fallback, Locale locale) {
        return find(definition.getId(), definition.getKey(), locale).orElse(fallback);
    }

    /** The user tasks of a definition, in the model's order: id to name in the locale (the id if unnamed). */
    public Map<String, String> userTasks(String definitionId, Locale locale) {
        Map<String, String> tasks = new LinkedHashMap<>();
        names(definitionId).forEach((id, names) -> {
            if (names.userTask()) {
                tasks.put(id, names.in(locale).orElse(id));
            }
        });
        return tasks;
    }

    /** The id of the latest version of a process, or null when none is deployed. */
    public String latestDefinitionId(String processKey) {
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult();
        return latest == null ? null : latest.getId();
    }

    /**
     * A process model's XML with the names of its process, steps and flows in the locale, for a diagram
     * viewer; as it was for Chinese readers. Parsed afresh, since the engine's cached model is shared.
     */
    public String diagram(String xml, Locale locale) {
        if (!english(locale)) {
            return xml;
        }
        BpmnModelInstance model = Bpmn.readModelFromStream(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            String english = englishName(element);
            if (!blank(english)) {
                element.setAttributeValue("name", english);
            }
        }
        return Bpmn.convertToString(model);
    }

    private Map<String, Names> names(String definitionId) {
        if (byDefinition.size() > MAX_CACHED_DEFINITIONS) {
            byDefinition.clear();
        }
        Map<String, Names> names = byDefinition.computeIfAbsent(definitionId, id -> {
            try {
                return read(repository.getBpmnModelInstance(id));
            } catch (ProcessEngineException deletedMeanwhile) {
                // nothing cached: the caller shows what it knows (a stored name, the id)
                return null;
            }
        });
        return names == null ? Map.of() : names;
    }

    /** Every named process and flow node, and every user task, of a model by id, in document order. */
    static Map<String, Names> read(BpmnModelInstance model) {
        Map<String, Names> names = new LinkedHashMap<>();
        add(names, model.getModelElementsByType(Process.class));
        add(names, model.getModelElementsByType(FlowNode.class));
        return Collections.unmodifiableMap(names);
    }

    private static void add(Map<String, Names> names, Collection<? extends BaseElement> elements) {
        for (BaseElement element : elements) {
            String zh = element.getAttributeValue("name");
            String en = englishName(element);
            // an unnamed user task still belongs in a list of steps, under its id
            if (element.getId() != null && (!blank(zh) || !blank(en) || element instanceof UserTask)) {
                names.put(element.getId(), new Names(zh, en, element instanceof UserTask));
            }
        }
    }

    /** The value of the element's {@value #NAME_EN} extension property, if it has one. */
    public static String englishName(BaseElement element) {
        ExtensionElements extensions = element.getExtensionElements();
        if (extensions == null) {
            return null;
        }
        for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
            for (CamundaProperty property : properties.getCamundaProperties()) {
                if (NAME_EN.equals(property.getCamundaName())) {
                    return property.getCamundaValue();
                }
            }
        }
        return null;
    }

    private static boolean english(Locale locale) {
        return Bilingual.english(locale);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
