package org.ipflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ipflow.forms.FormPrefill;
import org.ipflow.forms.FormSchema;
import org.ipflow.forms.FormCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * What a completed task form leaves in the process: a group's nested values (form-js's group {@code path}), those
 * of a dotted key (form-js-viewer 1.23.0 {@code PathRegistry.getValuePath}: {@code contact.phone} is the
 * {@code phone} of {@code contact}) and a list's rows as JSON text, which the next task's form starts from again
 * (Camunda's convention).
 */
class CompletionValuesTest {

    @Test
    void nestedValuesAreStoredAsJsonAndTheNextFormStartsFromThem() {
        FormSchema form = new FormCatalog(new DefaultResourceLoader()).parse("""
                {"components": [{"type": "group", "path": "contact", "components": [{"type": "textfield", "key": "name"}]},
                  {"type": "textfield", "key": "contact.phone"},
                  {"type": "dynamiclist", "path": "rows", "components": [{"type": "number", "key": "n"}]},
                  {"type": "number", "key": "amount"}]}""");

        Map<String, Object> variables = CompletionValues.variables(Map.of("contact", new TreeMap<>(Map.of("name", "王芳", "phone", "110")),
                "rows", List.of(Map.of("n", BigDecimal.ONE)), "amount", new BigDecimal("2.50")), new ObjectMapper());

        assertThat(variables).containsEntry("contact", "{\"name\":\"王芳\",\"phone\":\"110\"}").containsEntry("rows", "[{\"n\":1}]");
        assertThat(FormPrefill.startValues(form, variables)).containsEntry("contact", Map.of("name", "王芳", "phone", "110"))
                .containsEntry("rows", List.of(Map.of("n", 1)));
    }
}
