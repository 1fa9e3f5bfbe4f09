package org.ipflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormRendererTest {

    private final FormRenderer renderer = TestForms.renderer();
    private final FormSchema schema = TestForms.allTypes();

    @Test
    void labelsDescriptionsAndOptionsFollowTheLocale() {
        RenderedForm en = renderer.render(schema, Map.of(), Map.of(), Locale.ENGLISH);
        RenderedForm zh = renderer.render(schema, Map.of(), Map.of(), Locale.SIMPLIFIED_CHINESE);

        assertThat(field(en, "name").label()).isEqualTo("Name");
        assertThat(field(en, "name").description()).isEqualTo("Full name");
        assertThat(field(zh, "name").label()).isEqualTo("名称");
        assertThat(field(en, "kind").options()).extracting(RenderedForm.Option::label).containsExactly("Alpha", "乙");
        assertThat(en.fields().get(0).text()).isEqualTo("Please fill in");
        assertThat(zh.fields().get(0).text()).isEqualTo("请填写");
    }

    @Test
    void groupsListsAndChosenOptionsAreShownInTheReadersLanguageFallingBackToChinese() {
        Map<String, Object> data = Map.of("tags", List.of("one", "two"), "kind", "b",
                "items", List.of(Map.of("item", "甲", "qty", 2)));
        RenderedForm en = renderer.render(schema, data, Map.of(), Locale.ENGLISH);
        RenderedForm zh = renderer.render(schema, data, Map.of(), Locale.SIMPLIFIED_CHINESE);

        assertThat(field(en, "Group_contact").label()).isEqualTo("Contact");
        assertThat(field(zh, "Group_contact").label()).isEqualTo("联系人");
        assertThat(field(en, "items").columns()).containsExactly("Item", "件数");
        assertThat(field(zh, "items").columns()).containsExactly("项目", "件数");
        assertThat(field(en, "tags").label()).isEqualTo("Tags");
        assertThat(field(en, "tags").displayValue()).isEqualTo("One, Two");
        assertThat(field(zh, "tags").displayValue()).isEqualTo("一、二");
        assertThat(field(en, "kind").displayValue()).isEqualTo("乙");
    }

    // form-js-viewer 1.23 buildExpressionContext: the input data under the form's values; useOptionsAsync: valuesKey
    @Test
    void aTaskFormsTemplatesAndOptionsReadTheProcessVariablesItIsGiven() {
        FormSchema task = TestForms.catalog().parse("""
                {"components": [{"type": "text", "text": "{{applicant}} asks {{amount}}"},
                  {"type": "textfield", "key": "amount", "label": "=\\"Grant for \\" + applicant"},
                  {"type": "select", "key": "expert", "label": "Expert", "valuesKey": "experts"}]}""");
        Map<String, Object> variables = Map.of("applicant", "ACME", "amount", "900",
                "experts", List.of(Map.of("label", "Dr Li", "value", "li"), "wang"));

        RenderedForm form = renderer.render(task, Map.of("amount", "500"), Map.of(), Locale.ENGLISH, Map.of(), variables);

        assertThat(form.fields().get(0).look().html()).contains("ACME asks 500");
        assertThat(field(form, "amount").label()).isEqualTo("Grant for ACME");
        assertThat(field(form, "expert").options()).extracting(RenderedForm.Option::value, RenderedForm.Option::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("li", "Dr Li"), org.assertj.core.groups.Tuple.tuple("wang", "wang"));
        assertThat(field(renderer.render(task, Map.of(), Map.of(), Locale.ENGLISH), "expert").options()).isEmpty();
    }

    @Test
    void aFormOfTheReleaseIsEnglishThroughoutForAnEnglishReader() {
        FormSchema review = TestForms.catalog().require("grant-review");
        RenderedForm en = renderer.render(review, Map.of("decision", "return"), Map.of("comment", "This field is required."),
                Locale.ENGLISH);

        RenderedForm.Field decision = field(en, "decision");
        assertThat(decision.label()).isEqualTo("Decision");
        assertThat(decision.options()).extracting(RenderedForm.Option::label)
                .containsExactly("Approve", "Return for correction", "Reject");
        assertThat(decision.displayValue()).isEqualTo("Return for correction");
        assertThat(field(en, "comment").label()).isEqualTo("Comment");
        assertThat(field(en, "comment").description()).startsWith("Required when returning or rejecting");
        assertThat(field(en, "comment").error()).isEqualTo("This field is required.");
        assertThat(field(renderer.render(review, Map.of(), Map.of(), Locale.SIMPLIFIED_CHINESE), "decision").options())
                .extracting(RenderedForm.Option::label).containsExactly("通过", "退回补正", "不予通过");
    }

    @Test
    void showsValuesAsInputsNeedThemWithHtmlConstraints() {
        RenderedForm form = renderer.render(schema, Map.of("amount", new BigDecimal("12.50"), "kind", "b",
                "tags", List.of("two"), "agree", true, "on", "2026-03-01"), Map.of(), Locale.ENGLISH);

        RenderedForm.Field amount = field(form, "amount");
        assertThat(amount.value()).isEqualTo("12.50");
        assertThat(amount.inputType()).isEqualTo("number");
        assertThat(List.of(amount.min(), amount.max(), amount.step())).containsExactly("0", "1000", "0.01");
        assertThat(field(form, "count").step()).isEqualTo("1");
        assertThat(field(form, "name").maxLength()).isEqualTo(10);
        assertThat(field(form, "name").required()).isTrue();
        // HTML anchors a pattern, form-js does not: the browser is not asked to refuse what form-js accepts
        assertThat(field(form, "code").pattern()).isNull();
        assertThat(field(form, "kind").options()).extracting(RenderedForm.Option::selected).containsExactly(false, true);
        assertThat(field(form, "kind").displayValue()).isEqualTo("乙");
        assertThat(field(form, "tags").options()).extracting(RenderedForm.Option::selected).containsExactly(false, true);
        assertThat(field(form, "agree").checked()).isTrue();
        assertThat(field(form, "on").inputType()).isEqualTo("date");
        assertThat(field(form, "fixed").readonly()).isTrue();
    }

    /** Issue: the detail page and the printable application showed a requested amount as "200000". */
    @Test
    void aMoneyFieldIsShownAsMoneyInTheReadersLanguageAndItsInputKeepsThePlainNumber() {
        Map<String, Object> data = Map.of("amount", new BigDecimal("200000"), "count", new BigDecimal("200000"));

        RenderedForm zh = renderer.render(schema, data, Map.of(), Locale.SIMPLIFIED_CHINESE);
        RenderedForm en = renderer.render(schema, data, Map.of(), Locale.ENGLISH);

        assertThat(field(zh, "amount").displayValue()).isEqualTo("200,000.00 元");
        assertThat(field(en, "amount").displayValue()).isEqualTo("CNY 200,000.00");
        assertThat(field(zh, "amount").value()).isEqualTo("200000");
        assertThat(field(zh, "count").displayValue()).as("a number that is no amount").isEqualTo("200000");
        assertThat(field(renderer.render(schema, Map.of("amount", "12,5"), Map.of(), Locale.ENGLISH), "amount")
                .displayValue()).as("what a draft holds as typed").isEqualTo("12,5");
    }

    @Test
    void aNumberThatDidNotParseIsShownAsTyped() {
        RenderedForm.Field amount = field(renderer.render(schema, Map.of("amount", "12,5"), Map.of(), Locale.ENGLISH), "amount");

        assertThat(amount.value()).isEqualTo("12,5");
        assertThat(amount.inputType()).isEqualTo("text");
    }

    @Test
    void defaultsFillOnlyAFreshForm() {
        assertThat(field(renderer.render(schema, Map.of(), Map.of(), Locale.ENGLISH), "count").value()).isEqualTo("3");
        assertThat(field(renderer.render(schema, Map.of("name", "x"), Map.of(), Locale.ENGLISH), "count").value()).isEmpty();
    }

    @Test
    void errorsSitOnTheirFieldsAndAreDescribed() {
        RenderedForm form = renderer.render(schema, Map.of(),
                Map.of("name", "必填", "items[0].qty", "太小", "items[7]", "格式不对"), Locale.ENGLISH);

        RenderedForm.Field name = field(form, "name");
        assertThat(name.error()).isEqualTo("必填");
        assertThat(name.describedBy()).isEqualTo("field-name-description field-name-error");
        assertThat(field(form, "code").describedBy()).isNull();
        assertThat(field(form, "items").rows().get(0).fields().get(1).error()).isEqualTo("太小");
        assertThat(form.otherErrors()).containsExactly("格式不对");
    }

    /** A list with rows shows no empty row after them: it looked like one more row to fill, marked required. */
    @Test
    void listsShowTheirRowsOneEmptyRowOnlyWhileEmptyAndMoreOnRequest() {
        Map<String, Object> data = Map.of("items", List.of(Map.of("item", "甲", "qty", 2)));

        RenderedForm.Field items = field(renderer.render(schema, data, Map.of(), Locale.ENGLISH), "items");
        RenderedForm.Field empty = field(renderer.render(schema, Map.of("name", "x"), Map.of(), Locale.ENGLISH), "items");
        RenderedForm.Field more = field(renderer.render(schema, data, Map.of(), Locale.ENGLISH, Map.of("items", 2)), "items");

        assertThat(items.rows()).extracting(RenderedForm.Row::blank).containsExactly(false);
        assertThat(items.rows().get(0).fields()).extracting(RenderedForm.Field::name, RenderedForm.Field::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("items[0].item", "甲"),
                        org.assertj.core.groups.Tuple.tuple("items[0].qty", "2"));
        assertThat(empty.rows()).extracting(RenderedForm.Row::blank).containsExactly(true);
        assertThat(empty.rows().get(0).fields().get(0).id()).isEqualTo("field-items-0--item");
        assertThat(more.rows()).extracting(RenderedForm.Row::blank).containsExactly(false, true, true);
        assertThat(more.rows().get(1).fields().get(0).name()).isEqualTo("items[1].item");
        assertThat(items.columns()).containsExactly("Item", "件数");
    }

    @Test
    void groupsKeepTheirChildrenAtTheFormsLevel() {
        RenderedForm form = renderer.render(schema, Map.of("phone", "123"), Map.of(), Locale.ENGLISH);
        RenderedForm.Field group = form.fields().stream().filter(f -> f.type().equals("group")).findFirst().orElseThrow();

        assertThat(group.children()).singleElement().satisfies(phone -> {
            assertThat(phone.name()).isEqualTo("phone");
            assertThat(phone.value()).isEqualTo("123");
        });
    }

    static RenderedForm.Field field(RenderedForm form, String name) {
        return form.fields().stream().filter(f -> name.equals(f.name())).findFirst().orElseThrow();
    }
}
