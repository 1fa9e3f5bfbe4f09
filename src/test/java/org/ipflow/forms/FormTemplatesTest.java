package org.ipflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Templates in texts as form-js-viewer 1.23 evaluates them with feelers
 * ({@code features/expressionLanguage/FeelersTemplating.js}; feelers {@code src/interpreter/index.js}).
 */
class FormTemplatesTest {

    private final FormTemplates templates = TestForms.TEMPLATES;

    @Test
    void insertsTheStringOfEachExpressionAndNothingForNull() {
        Map<String, Object> data = Map.of("name", "Ann", "amount", new BigDecimal("1200.50"));

        assertThat(templates.text("Dear {{name}}, {{amount * 2}} yuan{{missing}}{{#if true}} on {{date(\"2026-01-02\")}}{{/if}}.", data))
                .isEqualTo("Dear Ann, 2401 yuan on 2026-01-02.");
    }

    @Test
    void aTextStartingWithEqualsIsOneFeelExpression() {
        assertThat(templates.line("=\"Total: \" + string(a + b)", Map.of("a", 1, "b", 2))).isEqualTo("Total: 3");
        assertThat(templates.line("=a", Map.of())).isEmpty();
    }

    @Test
    void ifKeepsItsContentForJavaScriptTruthyValues() {
        String template = "{{#if approved}}Approved{{/if}}{{#if note}} with note{{/if}}";

        assertThat(templates.text(template, Map.of("approved", true, "note", ""))).isEqualTo("Approved");
        assertThat(templates.text(template, Map.of("approved", false, "note", "x"))).isEqualTo(" with note");
    }

    @Test
    void loopRepeatsForEachItemWithItsEntriesAndParent() {
        Map<String, Object> data = Map.of("unit", "kg", "items", List.of(Map.of("name", "rice", "qty", 2),
                Map.of("name", "salt", "qty", 1)));

        assertThat(templates.text("{{#loop items}}\n- {{name}}: {{qty}} {{parent.unit}}{{/loop}}\nend", data))
                .isEqualTo("\n- rice: 2 kg\n- salt: 1 kg\nend");
        assertThat(templates.text("{{#loop nothing}}x{{/loop}}|{{#loop \"one\"}}{{this}}{{/loop}}", Map.of()))
                .isEqualTo("|one");
    }

    @Test
    void anExpressionThatFailsShowsFormJsWarning() {
        assertThat(templates.text("a {{1 +}} b", Map.of())).isEqualTo("a " + FormTemplates.FAILED + " b");
    }

    @Test
    void aLabelIsTheFirstLineAndHtmlEscapesWhatItInserts() {
        assertThat(templates.line("{{a}}\nsecond", Map.of("a", "first"))).isEqualTo("first");
        assertThat(templates.html("<b>{{v}}</b>", Map.of("v", "<script>x</script>"))).isEqualTo("<b>&lt;script&gt;x&lt;/script&gt;</b>");
        assertThat(templates.text("no template", Map.of())).isEqualTo("no template");
    }
}
