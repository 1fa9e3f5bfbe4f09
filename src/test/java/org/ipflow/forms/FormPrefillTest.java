package org.ipflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Camunda's convention: a task's form field starts from the process variable of its key, else its default. */
class FormPrefillTest {

    private final FormSchema schema = TestForms.allTypes();

    @Test
    void aFieldStartsFromTheVariableOfItsKeyElseFromItsDefault() {
        Map<String, Object> variables = Map.of("name", "专利公司", "unrelated", "x");
        assertThat(FormPrefill.startValues(schema, variables)).containsEntry("name", "专利公司")
                .containsEntry("count", new BigDecimal("3")).doesNotContainKey("unrelated");
        assertThat(FormPrefill.prefilled(schema, variables)).isEqualTo(List.of("name"));
    }
}
