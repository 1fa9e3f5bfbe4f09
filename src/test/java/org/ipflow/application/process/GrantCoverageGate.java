package org.ipflow.application.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Fails the test class unless its runs covered at least 90% of a model's flow nodes and,
 * separately, of its sequence flows. Process-test-coverage asserts one ratio over both together; this
 * reads the report that library has just written: its listener has the lowest precedence, so its
 * {@code afterTestClass} runs before this one's. The model is the grant's unless the test class names
 * another with {@link ProcessKey}.
 */
class GrantCoverageGate implements TestExecutionListener, Ordered {

    static final double MINIMUM = 0.9;

    /** The key of the process (and its file in {@code bpmn/}) whose coverage the gate checks. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface ProcessKey {
        String value();
    }

    private static final Logger log = LoggerFactory.getLogger(GrantCoverageGate.class);

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 1;
    }

    @Override
    public void afterTestClass(TestContext testContext) throws IOException {
        ProcessKey named = AnnotatedElementUtils.findMergedAnnotation(testContext.getTestClass(), ProcessKey.class);
        String key = named == null ? GrantProcess.KEY : named.value();
        Path report = Path.of("target", "process-test-coverage", testContext.getTestClass().getName(), "report.json");
        Set<String> covered = new HashSet<>();
        for (JsonNode run : new ObjectMapper().readTree(report.toFile()).path("suites").path(0).path("runs")) {
            for (JsonNode event : run.path("events")) {
                if (key.equals(event.path("modelKey").asText())) {
                    covered.add(event.path("definitionKey").asText());
                }
            }
        }
        BpmnModelInstance model;
        try (InputStream bpmn = getClass().getResourceAsStream("/bpmn/" + key + ".bpmn")) {
            model = Bpmn.readModelFromStream(bpmn);
        }
        check(key, "flow nodes", ids(model.getModelElementsByType(FlowNode.class)), covered);
        check(key, "sequence flows", ids(model.getModelElementsByType(SequenceFlow.class)), covered);
    }

    private static void check(String key, String what, Set<String> all, Set<String> covered) {
        Set<String> missed = new TreeSet<>(all);
        missed.removeAll(covered);
        double ratio = (double) (all.size() - missed.size()) / all.size();
        log.info("{}: {} of {} {} covered ({}); not covered: {}", key, all.size() - missed.size(),
                all.size(), what, "%.1f%%".formatted(ratio * 100), missed);
        assertThat(ratio).as("coverage of the %s of %s; not covered: %s", what, key, missed)
                .isGreaterThanOrEqualTo(MINIMUM);
    }

    private static Set<String> ids(Collection<? extends FlowElement> elements) {
        return elements.stream().map(FlowElement::getId).collect(Collectors.toSet());
    }
}
