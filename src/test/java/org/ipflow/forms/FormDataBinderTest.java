package org.ipflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormDataBinderTest {

    private final FormDataBinder binder = new FormDataBinder(TestForms.LIMITS);
    private final FormSchema schema = TestForms.allTypes();

    @Test
    void typesScalarsAndDropsBlanks() {
        Map<String, Object> data = binder.bind(schema, params(
                "name", "  专利公司 ", "notes", "", "amount", "12.50", "kind", "a", "on", "2026-03-01"));

        // kept as typed: form-js trims nothing it stores
        assertThat(data).containsEntry("name", "  专利公司 ").containsEntry("amount", new BigDecimal("12.50"))
                .containsEntry("kind", "a").containsEntry("on", "2026-03-01").doesNotContainKey("notes");
    }

    @Test
    void keepsANumberThatDoesNotParseAsTyped() {
        Map<String, Object> data = binder.bind(schema, params("amount", "12,5", "count", "1e9"));

        assertThat(data).containsEntry("amount", "12,5").containsEntry("count", "1e9");
    }

    @Test
    void aCheckboxIsTrueWhenSentAndFalseWhenNot() {
        assertThat(binder.bind(schema, params("agree", "true"))).containsEntry("agree", true);
        assertThat(binder.bind(schema, params())).containsEntry("agree", false);
    }

    @Test
    void aChecklistKeepsEveryTickedValue() {
        Map<String, String[]> params = new LinkedHashMap<>();
        params.put("tags", new String[] {"one", "two"});

        assertThat(binder.bind(schema, params)).containsEntry("tags", List.of("one", "two"));
    }

    /** Issue 14: a posted flood of rows is bound only one row past the bound, so the page refusing it stays small. */
    @Test
    void bindsAListOnlyOneRowPastItsBound() {
        Map<String, String[]> params = new LinkedHashMap<>();
        for (int i = 0; i < 100_000; i++) {
            params.put("items[" + i + "].item", new String[] {"r" + i});
        }

        List<?> rows = (List<?>) binder.bind(schema, params).get("items");

        assertThat(rows).hasSize(201);
        assertThat(TestForms.validator().validate(schema, Map.of("items", rows), false).problems())
                .containsEntry("items", new FormErrors.Problem("form.error.maxRows", List.of(200)));
    }

    @Test
    void readsRowsInOrderDropsBlankRowsAndRenumbers() {
        Map<String, Object> data = binder.bind(schema, params(
                "items[3].item", "丙", "items[0].item", "甲", "items[0].qty", "2",
                "items[1].item", "", "items[1].qty", "",
                "items[x].item", "garbage", "itemsExtra[0].item", "other"));

        assertThat(data.get("items")).isEqualTo(List.of(
                Map.of("item", "甲", "qty", new BigDecimal("2")), Map.of("item", "丙")));
    }

    @Test
    void noRowsMeansNoList() {
        assertThat(binder.bind(schema, params("items[0].item", ""))).doesNotContainKey("items");
    }

    @Test
    void ignoresReadonlyFieldsAndUnknownParameters() {
        Map<String, Object> data = binder.bind(schema, params("fixed", "changed", "_csrf", "token", "admin", "true"));

        assertThat(data).doesNotContainKeys("fixed", "_csrf", "admin");
    }

    @Test
    void fieldsInAGroupStayAtTheFormsLevel() {
        assertThat(binder.bind(schema, params("phone", "0471-1234567"))).containsEntry("phone", "0471-1234567");
    }

    @Test
    void tellsWhichListAskedForAnotherRow() {
        assertThat(binder.addRowRequest(params(FormDataBinder.ADD_ROW, "items"))).contains("items");
        assertThat(binder.addRowRequest(params("name", "x"))).isEmpty();
    }

    /** Without script, "remove this row" sends the form back: the row it names is left out, the others kept. */
    @Test
    void leavesOutTheRowTheUserRemoved() {
        Map<String, String[]> sent = params("items[0].item", "甲", "items[1].item", "乙", "items[2].item", "丙",
                FormDataBinder.REMOVE_ROW, "items[1]");

        assertThat(binder.removeRowRequest(sent)).contains("items[1]");
        assertThat(binder.bind(schema, sent).get("items")).isEqualTo(List.of(Map.of("item", "甲"), Map.of("item", "丙")));
        assertThat(binder.removeRowRequest(params(FormDataBinder.REMOVE_ROW, "items"))).as("no row named").isEmpty();
        assertThat(binder.removeRowRequest(params("name", "x"))).isEmpty();
    }

    private static Map<String, String[]> params(String... namesAndValues) {
        Map<String, String[]> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put(namesAndValues[i], new String[] {namesAndValues[i + 1]});
        }
        return params;
    }
}
