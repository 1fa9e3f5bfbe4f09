package org.ipflow.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.ipflow.forms.FormField.Type;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FormSchemaParserTest {

    private final FormCatalog catalog = TestForms.catalog();

    @Test
    void readsEveryComponentTypeWithItsRules() {
        FormSchema schema = TestForms.allTypes();

        assertThat(schema.id()).isEqualTo("all-types");
        assertThat(schema.components()).extracting(FormField::type).contains(Type.values());
        FormField name = schema.field("name").orElseThrow();
        assertThat(name.rules().required()).isTrue();
        assertThat(name.rules().minLength()).isEqualTo(2);
        assertThat(name.rules().maxLength()).isEqualTo(10);
        FormField amount = schema.field("amount").orElseThrow();
        assertThat(amount.rules().min()).isEqualByComparingTo("0");
        assertThat(amount.rules().max()).isEqualByComparingTo("1000");
        assertThat(amount.rules().decimalDigits()).isEqualTo(2);
        assertThat(amount.money()).isTrue();
        assertThat(schema.field("count").orElseThrow().money()).isFalse();
        assertThat(schema.field("count").orElseThrow().defaultValue()).isEqualTo(new BigDecimal("3"));
        assertThat(schema.field("code").orElseThrow().rules().pattern().pattern()).isEqualTo("[A-Z]{3}");
        assertThat(schema.field("fixed").orElseThrow().readonly()).isTrue();
        assertThat(schema.field("reason").orElseThrow().rules().requiredUnless())
                .isEqualTo(new FormField.Condition("decision", "approve"));
        assertThat(schema.field("days").orElseThrow().rules().requiredIf())
                .isEqualTo(new FormField.Condition("decision", "return"));
    }

    @Test
    void givesMissingIdsAsFormJsDoesOnImportAndTheSameEachTime() {
        // form-js-viewer 1.23 core/FieldFactory.js _ensureId: "Form_" for the form, "Field_" for a component
        String json = """
                {"components": [{"type": "textfield", "key": "a"},
                  {"id": "Field_b", "type": "group", "components": [{"type": "text", "text": "x"}]}]}""";

        FormSchema one = catalog.parse(json);

        assertThat(one.id()).matches("Form_[0-9a-z]{7}").isEqualTo(catalog.parse(json).id());
        assertThat(one.components().get(0).id()).matches("Field_[0-9a-z]{7}");
        assertThat(one.components().get(1).id()).isEqualTo("Field_b");
        assertThat(one.components().get(1).components().get(0).id()).matches("Field_[0-9a-z]{7}")
                .isNotEqualTo(one.components().get(0).id());
        assertThat(one.raw().path("components").get(0).path("id").asText()).isEqualTo(one.components().get(0).id());
    }

    @Test
    void reportsEveryProblemOfAFormAtOnce() {
        assertThatThrownBy(() -> catalog.parse("""
                {"id": "f", "components": [
                  {"id": "Field_a", "type": "captcha"},
                  {"id": "Field_b", "type": "group", "components": [{"id": "Field_c", "type": "textfield", "key": "c", "properties": {"money": "true"}}]},
                  {"id": "Field_d", "type": "datetime", "key": "d", "subtype": "week"}]}"""))
                .isInstanceOfSatisfying(FormSchemaException.class, e -> assertThat(e.problems())
                        .extracting(FormSchemaException::componentId).containsExactly("Field_a", "Field_c", "Field_d"));
    }

    @Test
    void opensGroupsButKeepsListsWhole() {
        FormSchema schema = TestForms.allTypes();

        assertThat(schema.dataFields()).extracting(FormField::key).contains("phone", "items").doesNotContain("item");
        FormField items = schema.field("items").orElseThrow();
        assertThat(items.type()).isEqualTo(Type.DYNAMICLIST);
        assertThat(items.components()).extracting(FormField::key).containsExactly("item", "qty");
    }

    @Test
    void picksEnglishOnlyForEnglishAndOnlyWhenTranslated() {
        FormSchema schema = TestForms.allTypes();
        FormField name = schema.field("name").orElseThrow();
        FormField kind = schema.field("kind").orElseThrow();

        assertThat(name.label().in(Locale.ENGLISH)).isEqualTo("Name");
        assertThat(name.label().in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("名称");
        assertThat(name.description().in(Locale.UK)).isEqualTo("Full name");
        assertThat(kind.label().in(Locale.ENGLISH)).isEqualTo("类型");
        assertThat(kind.options()).extracting(o -> o.label().in(Locale.ENGLISH)).containsExactly("Alpha", "乙");
        assertThat(schema.field("on").orElseThrow().label().zh()).isEqualTo("日期");
    }

    @Test
    void anOptionsEnglishIsACustomPropertyOfItsComponentAndOlderFormsKeepTheirs() {
        FormSchema schema = catalog.parse("""
                {"id": "f", "components": [
                  {"id": "Field_decision", "type": "radio", "key": "decision", "label": "结论",
                   "values": [{"label": "通过", "value": "approve"}, {"label": "退回", "value": "return", "labelEn": "Return"},
                              {"label": "驳回", "value": "reject", "labelEn": "Refuse"}],
                   "properties": {"labelEn": "Decision", "labelEn.approve": "Approve", "labelEn.reject": "Reject"}}
                ]}""");

        assertThat(schema.field("decision").orElseThrow().options()).extracting(o -> o.label().in(Locale.ENGLISH))
                .containsExactly("Approve", "Return", "Reject");
        assertThat(schema.field("decision").orElseThrow().options()).extracting(o -> o.label().in(Locale.SIMPLIFIED_CHINESE))
                .containsExactly("通过", "退回", "驳回");
    }

    @Nested
    class Refuses {

        @Test
        void anUnknownComponentTypeNamingTheComponent() {
            assertThatThrownBy(() -> catalog.parse(form("""
                    {"id": "Field_file", "type": "captcha", "key": "file"}""")))
                    .isInstanceOf(FormSchemaException.class)
                    .hasMessageContaining("Field_file").hasMessageContaining("captcha").hasMessageContaining("'f'");
        }

        @Test
        void withTheInnermostReasonAsACodeWhateverWrapsIt() {
            assertThatThrownBy(() -> catalog.parse(form("""
                    {"id": "Group_Outer", "type": "group", "components": [
                      {"id": "Field_Inner", "type": "textfield", "key": "a", "properties": {"money": "true"}}]}""")))
                    .isInstanceOfSatisfying(FormSchemaException.class, e -> {
                        assertThat(e.componentId()).isEqualTo("Field_Inner");
                        assertThat(e.reason()).isEqualTo(new FormSchemaException.Reason("form.schema.moneyNotNumber",
                                java.util.List.of()));
                        assertThat(e.getMessage()).startsWith("form 'f': component 'Field_Inner': ");
                    });
        }

        @Test
        void componentsWithTheSameId() {
            assertThatThrownBy(() -> catalog.parse(form("""
                    {"id": "Field_a", "type": "textfield", "key": "a"},
                    {"id": "Field_a", "type": "textfield", "key": "b"}""")))
                    .hasMessageContaining("id is used twice");
        }

        @Test
        void twoFieldsWithTheSameKeyEvenAcrossAGroup() {
            assertThatThrownBy(() -> catalog.parse(form("""
                    {"id": "Field_a", "type": "textfield", "key": "a"},
                    {"id": "Field_b", "type": "textfield", "key": "a"}""")))
                    .hasMessageContaining("key 'a' is used twice");
        }

        @Test
        void aValidatorTheServerDoesNotKnow() {
            assertThatThrownBy(() -> catalog.parse(form("""
                    {"id": "Field_a", "type": "textfield", "key": "a", "properties": {"validator": "isbn"}}""")))
                    .hasMessageContaining("Field_a").hasMessageContaining("validator 'isbn'")
                    .hasMessageContaining("cnipa-patent-number");
        }

        @Test
        void keysWithAnEmptyNameAndInvalidPatterns() {
            assertThatThrownBy(() -> catalog.parse(form("""
                    {"id": "Field_a", "type": "textfield", "key": "a..b"}""")))
                    .hasMessageContaining("names joined by dots");
            assertThatThrownBy(() -> catalog.parse(form("""
                    {"id": "Field_a", "type": "textfield", "key": "a", "validate": {"pattern": "(["}}""")))
                    .hasMessageContaining("pattern");
        }

        @Test
        void aConditionOnAnUnknownField() {
            assertThatThrownBy(() -> catalog.parse(form("""
                    {"id": "Field_a", "type": "textfield", "key": "a", "properties": {"requiredIf": "decision=return"}}""")))
                    .hasMessageContaining("Field_a").hasMessageContaining("'decision'");
        }

        @Test
        void aDatetimeSubtypeFormJsDoesNotHave() {
            // a choice without options is accepted as form-js accepts it (FormJsConformanceTest)
            assertThatThrownBy(() -> catalog.parse(form("""
                    {"id": "Field_a", "type": "datetime", "subtype": "week", "key": "a"}""")))
                    .hasMessageContaining("'week'");
        }

        @Test
        void anOptionsEnglishForAValueThatIsNoOption() {
            assertThatThrownBy(() -> catalog.parse(form("""
                    {"id": "Field_a", "type": "select", "key": "a", "values": [{"label": "通过", "value": "approve"}],
                     "properties": {"labelEn.aprove": "Approve"}}""")))
                    .hasMessageContaining("Field_a").hasMessageContaining("'labelEn.aprove' names no option");
        }

        @Test
        void aMaxRowsThatIsNoWholeNumberOrNotOnAList() {
            assertThatThrownBy(() -> catalog.parse(form("""
                    {"id": "Field_a", "type": "dynamiclist", "path": "a", "properties": {"maxRows": "many"},
                     "components": [{"id": "Field_b", "type": "textfield", "key": "b"}]}""")))
                    .hasMessageContaining("Field_a").hasMessageContaining("'maxRows' must be a whole number");
            assertThatThrownBy(() -> catalog.parse(form("""
                    {"id": "Field_a", "type": "dynamiclist", "path": "a", "properties": {"maxRows": "0"},
                     "components": [{"id": "Field_b", "type": "textfield", "key": "b"}]}""")))
                    .hasMessageContaining("'maxRows' must be a whole number");
            assertThatThrownBy(() -> catalog.parse(form("""
                    {"id": "Field_a", "type": "textfield", "key": "a", "properties": {"maxRows": "5"}}""")))
                    .hasMessageContaining("Field_a").hasMessageContaining("dynamic lists only");
        }

        @Test
        void aMoneyMarkThatIsNotTrueOrFalseOrNotOnANumber() {
            assertThatThrownBy(() -> catalog.parse(form("""
                    {"id": "Field_a", "type": "number", "key": "a", "properties": {"money": "yes"}}""")))
                    .hasMessageContaining("Field_a").hasMessageContaining("'money' must be \"true\" or \"false\"");
            assertThatThrownBy(() -> catalog.parse(form("""
                    {"id": "Field_a", "type": "textfield", "key": "a", "properties": {"money": "true"}}""")))
                    .hasMessageContaining("Field_a").hasMessageContaining("number fields only");
        }

        @Test
        void textThatIsNotJsonOrHasNoId() {
            assertThatThrownBy(() -> catalog.parse("{")).hasMessageContaining("not valid JSON");
            assertThatThrownBy(() -> catalog.parse("[]")).hasMessageContaining("id");
        }

        private static String form(String components) {
            return "{\"id\": \"f\", \"components\": [" + components + "]}";
        }
    }
}
