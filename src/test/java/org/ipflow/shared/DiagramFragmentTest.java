package org.ipflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** The diagram fragment renders the element the viewer bundle looks for, in both languages. */
class DiagramFragmentTest {

    private static final String CALLER = "<div th:replace=\"~{fragments/diagram :: "
            + "diagram(@{/diagrams/{key}.bpmn(key=${key})}, ${active}, ${done})}\"></div>";

    private final SpringTemplateEngine engine = engine();

    @Test
    void rendersTheDiagramElementWithBundleAndMarkers() {
        String html = render(Locale.ENGLISH,
                Map.of("key", "grant", "active", List.of("Task_A"), "done", List.of("Start", "Task_0")));

        assertThat(html)
                .contains("<link rel=\"stylesheet\" href=\"/css/diagram-viewer.css\">")
                .contains("<script defer src=\"/js/diagram-viewer.js\"></script>")
                .contains("class=\"diagram\" role=\"figure\" data-bpmn-diagram")
                .contains("aria-label=\"Process diagram with the current step highlighted\"")
                .contains("data-bpmn-url=\"/diagrams/grant.bpmn\"")
                .contains("data-active=\"Task_A\"")
                .contains("data-done=\"Start,Task_0\"");
    }

    @Test
    void labelsInChineseAndLeavesOutMissingDoneSteps() {
        var variables = new HashMap<String, Object>(Map.of("key", "grant", "active", "Task_A,Task_B"));
        variables.put("done", null);

        String html = render(Locale.SIMPLIFIED_CHINESE, variables);

        assertThat(html)
                .contains("aria-label=\"流程图，当前步骤已高亮\"")
                .contains("data-error-message=\"流程图无法显示。\"")
                .contains("data-active=\"Task_A,Task_B\"")
                .doesNotContain("data-done");
    }

    private String render(Locale locale, Map<String, Object> variables) {
        var servletContext = new MockServletContext();
        var exchange = JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(new MockHttpServletRequest(servletContext), new MockHttpServletResponse());
        var context = new WebContext(exchange, locale, variables);
        return engine.process(CALLER, context);
    }

    private static SpringTemplateEngine engine() {
        var templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setCharacterEncoding("UTF-8");
        templates.setCheckExistence(true);
        templates.setOrder(1);
        var caller = new StringTemplateResolver();
        caller.setOrder(2);
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        var engine = new SpringTemplateEngine();
        engine.addTemplateResolver(templates);
        engine.addTemplateResolver(caller);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }
}
