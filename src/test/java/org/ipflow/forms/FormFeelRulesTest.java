package org.ipflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * FEEL in forms as form-js 1.23's viewer applies it (@bpmn-io/form-js-viewer 1.23.0, dist/index.es.js):
 * a field is hidden when {@code conditional.hide} yields exactly true ({@code ConditionChecker._checkHideCondition});
 * a hidden field is not validated, because only rendered fields register an instance that
 * {@code Form.validate} checks, and not submitted ({@code Form._getSubmitData} walks the same instances;
 * {@code applyConditions} clears what a hidden group or list holds); bounds such as {@code validate.min}
 * may be expressions ({@code EXPRESSION_PROPERTIES}).
 */
class FormFeelRulesTest {

    private final FormSchemaValidator validator = TestForms.validator();
    private final FormSchema schema = new FormSchemaParser().parse("""
            {"id": "feel", "components": [
              {"id": "Field_kind", "type": "radio", "key": "kind", "label": "k", "validate": {"required": true},
               "values": [{"label": "new", "value": "new"}, {"label": "again", "value": "again"}]},
              {"id": "Field_previous", "type": "textfield", "key": "previous", "label": "p",
               "validate": {"required": true}, "conditional": {"hide": "=kind != \\"again\\""}},
              {"id": "Group_more", "type": "group", "label": "g", "conditional": {"hide": "=kind = \\"new\\""},
               "components": [{"id": "Field_inner", "type": "textfield", "key": "inner", "label": "i"}]},
              {"id": "Field_amount", "type": "number", "key": "amount", "label": "a",
               "validate": {"min": 0, "max": "=recommendedAmount"}},
              {"id": "Field_note", "type": "textfield", "key": "note", "label": "n", "readonly": "=kind = \\"new\\""},
              {"id": "List_rows", "type": "dynamiclist", "path": "rows", "label": "r", "components": [
                {"id": "Field_what", "type": "textfield", "key": "what", "label": "w"},
                {"id": "Field_why", "type": "textfield", "key": "why", "label": "y", "validate": {"required": true},
                 "conditional": {"hide": "=this.what = \\"none\\""}}]}
            ]}""");

    @Test
    void aHiddenFieldIsNeitherRequiredNorStored() {
        Map<String, Object> data = Map.of("kind", "new", "previous", "IP-1", "inner", "x", "note", "typed");
        assertThat(validator.validate(schema, data, true).problems()).isEmpty();
        assertThat(validator.clean(schema, data, Map.of())).containsOnlyKeys("kind");
    }

    @Test
    void aShownFieldIsRequiredAndKept() {
        assertThat(validator.validate(schema, Map.of("kind", "again"), true).problems()).containsOnlyKeys("previous");
        Map<String, Object> data = Map.of("kind", "again", "previous", "IP-1", "inner", "x", "note", "typed");
        assertThat(validator.clean(schema, data, Map.of())).containsOnlyKeys("kind", "previous", "inner", "note");
    }

    @Test
    void aRowConditionReadsItsOwnRow() {
        Map<String, Object> data = Map.of("kind", "again", "previous", "IP-1",
                "rows", List.of(Map.of("what", "none"), Map.of("what", "some")));
        assertThat(validator.validate(schema, data, true).problems()).containsOnlyKeys("rows[1].why");
    }

    @Test
    void aBoundGivenAsFeelComesFromTheProcessVariables() {
        Map<String, Object> data = Map.of("kind", "new", "amount", "60000.01");
        assertThat(validator.validate(schema, data, true, Map.of("recommendedAmount", 60000)).problems())
                .containsEntry("amount", new FormErrors.Problem("form.error.max", List.of("60000")));
        assertThat(validator.validate(schema, Map.of("kind", "new", "amount", "60000"), true,
                Map.of("recommendedAmount", 60000)).problems()).isEmpty();
        // without the variable the bound is unknown, as in form-js: nothing to compare with
        assertThat(validator.validate(schema, data, true).problems()).isEmpty();
    }

    @Test
    void aFormValueOverridesAProcessVariableOfTheSameName() {
        Map<String, Object> data = Map.of("kind", "new");
        assertThat(validator.clean(schema, Map.of("kind", "new", "previous", "x"), Map.of("kind", "again")))
                .isEqualTo(data);
    }

    @Test
    void conditionsApplyToComponentsWhoseIdsAreGenerated() {
        FormSchema withoutIds = new FormSchemaParser().parse("""
                {"components": [
                  {"type": "checkbox", "key": "more", "label": "m"},
                  {"type": "textfield", "key": "detail", "label": "d", "validate": {"required": true, "maxLength": "=3"},
                   "conditional": {"hide": "=more != true"}},
                  {"type": "group", "label": "g", "conditional": {"hide": "=more = true"},
                   "components": [{"type": "textfield", "key": "reason", "label": "r", "validate": {"required": true}}]}
                ]}""");
        assertThat(validator.validate(withoutIds, Map.of("more", false, "detail", "typed"), true).problems())
                .containsOnlyKeys("reason");
        assertThat(validator.clean(withoutIds, Map.of("more", false, "detail", "typed", "reason", "r"), Map.of()))
                .containsOnlyKeys("more", "reason");
        // the bound counts the value trimmed, as form-js does
        assertThat(validator.validate(withoutIds, Map.of("more", true, "detail", " abcd "), true).problems())
                .containsEntry("detail", new FormErrors.Problem("form.error.maxLength", List.of(3)));
    }
}
