package org.ipflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class FormSchemaValidatorTest {

    private final FormSchemaValidator validator = TestForms.validator();
    private final FormSchema schema = TestForms.allTypes();

    /** Data that passes every rule of the test form. */
    private static Map<String, Object> valid() {
        Map<String, Object> data = new HashMap<>();
        data.put("name", "专利公司");
        data.put("decision", "approve");
        data.put("items", List.of(Map.of("item", "甲")));
        return data;
    }

    private Map<String, FormErrors.Problem> problems(Map<String, Object> changes) {
        Map<String, Object> data = valid();
        data.putAll(changes);
        return validator.validate(schema, data, true).problems();
    }

    @Test
    void validDataHasNoErrors() {
        assertThat(validator.validate(schema, valid(), true).isEmpty()).isTrue();
    }

    @Nested
    class Rules {

        @Test
        void lengthsCountCharactersNotBytes() {
            assertThat(problems(Map.of("name", "专"))).containsEntry("name", new FormErrors.Problem("form.error.minLength", List.of(2)));
            assertThat(problems(Map.of("name", "一二三四五六七八九十"))).isEmpty();
            assertThat(problems(Map.of("name", "一二三四五六七八九十一"))).containsKey("name");
            assertThat(problems(Map.of("notes", "123456")).get("notes").code()).isEqualTo("form.error.maxLength");
        }

        @Test
        void patternsAreFoundAnywhereInTheValueAsFormJsTestsThem() {
            // form-js-viewer 1.23 core/Validator.js: new RegExp(validate.pattern).test(value), not anchored
            assertThat(problems(Map.of("code", "ABC"))).isEmpty();
            assertThat(problems(Map.of("code", "xABCD"))).isEmpty();
            assertThat(problems(Map.of("code", "xABx")).get("code").code()).isEqualTo("form.error.pattern");
        }

        @Test
        void numbersRespectRangeAndDecimalDigits() {
            assertThat(problems(Map.of("amount", "-0.01")).get("amount"))
                    .isEqualTo(new FormErrors.Problem("form.error.min", List.of("0")));
            assertThat(problems(Map.of("amount", 1000.01)).get("amount"))
                    .isEqualTo(new FormErrors.Problem("form.error.max", List.of("1000")));
            assertThat(problems(Map.of("amount", "1.005")).get("amount"))
                    .isEqualTo(new FormErrors.Problem("form.error.decimalDigits", List.of(2)));
            assertThat(problems(Map.of("amount", "1.50", "count", "4.0"))).isEmpty();
            assertThat(problems(Map.of("count", "4.5")).get("count").code()).isEqualTo("form.error.integer");
        }

        @Test
        void numbersArriveAsAnyJsonType() {
            assertThat(problems(Map.of("amount", 7, "count", 9L))).isEmpty();
            assertThat(problems(Map.of("amount", 12.25, "count", new BigDecimal("10")))).isEmpty();
            assertThat(problems(Map.of("amount", "abc")).get("amount").code()).isEqualTo("form.error.number");
            assertThat(problems(Map.of("amount", Double.NaN)).get("amount").code()).isEqualTo("form.error.number");
            assertThat(problems(Map.of("amount", true)).get("amount").code()).isEqualTo("form.error.number");
        }

        @Test
        void choicesMustBeOptions() {
            assertThat(problems(Map.of("kind", "b", "tags", List.of("one", "two")))).isEmpty();
            assertThat(problems(Map.of("kind", "c")).get("kind").code()).isEqualTo("form.error.option");
            assertThat(problems(Map.of("decision", "maybe")).get("decision").code()).isEqualTo("form.error.option");
            assertThat(problems(Map.of("tags", List.of("one", "three"))).get("tags").code()).isEqualTo("form.error.option");
        }

        @Test
        void datesAreIsoDays() {
            assertThat(problems(Map.of("on", "2026-02-28"))).isEmpty();
            assertThat(problems(Map.of("on", "2026-02-30")).get("on").code()).isEqualTo("form.error.date");
            assertThat(problems(Map.of("on", "28.02.2026")).get("on").code()).isEqualTo("form.error.date");
        }

        @Test
        void wrongJsonShapesAreTypeErrors() {
            assertThat(problems(Map.of("name", Map.of("a", 1))).get("name").code()).isEqualTo("form.error.type");
            assertThat(problems(Map.of("agree", "perhaps")).get("agree").code()).isEqualTo("form.error.type");
            assertThat(problems(Map.of("items", "甲")).get("items").code()).isEqualTo("form.error.type");
        }
    }

    @Nested
    class Required {

        @Test
        void completeDataNeedsRequiredFieldsAndAtLeastOneRow() {
            FormErrors errors = validator.validate(schema, Map.of(), true);

            assertThat(errors.problems()).containsEntry("name", new FormErrors.Problem("form.error.required", List.of()))
                    .containsEntry("items", new FormErrors.Problem("form.error.requiredRow", List.of()))
                    .doesNotContainKeys("code", "amount", "fixed");
        }

        @Test
        void aDraftChecksOnlyWhatIsFilled() {
            assertThat(validator.validate(schema, Map.of(), false).isEmpty()).isTrue();
            assertThat(validator.validate(schema, Map.of("amount", "x", "items", List.of(Map.of("qty", 2))), false)
                    .problems()).containsOnlyKeys("amount");
        }

        @Test
        void requiredUnlessAndRequiredIfFollowTheDecision() {
            assertThat(problems(Map.of("decision", "approve"))).doesNotContainKeys("reason", "days");
            assertThat(problems(Map.of("decision", "return"))).containsKeys("reason", "days");
            assertThat(problems(Map.of("decision", "return", "reason", "缺材料", "days", 10))).isEmpty();
            assertThat(problems(Map.of("decision", ""))).containsKey("reason").doesNotContainKey("days");
        }

        @Test
        void rowErrorsArePathsIntoTheList() {
            Map<String, FormErrors.Problem> problems = problems(Map.of("items",
                    List.of(Map.of("item", "甲"), Map.of("qty", 0))));

            assertThat(problems).containsOnlyKeys("items[1].item", "items[1].qty");
            assertThat(problems.get("items[1].item").code()).isEqualTo("form.error.required");
            assertThat(problems.get("items[1].qty").code()).isEqualTo("form.error.min");
        }
    }

    @Nested
    class Clean {

        @Test
        void dropsUnknownAndReadonlyKeysAndNormalisesTypes() {
            Map<String, Object> clean = validator.clean(schema, Map.of("name", " 甲 ", "amount", 12, "isAdmin", true,
                    "fixed", "x", "items", List.of(Map.of("item", "a", "extra", 1, "qty", "3"))));

            assertThat(clean).containsOnlyKeys("name", "amount", "items").containsEntry("name", " 甲 ")
                    .containsEntry("amount", new BigDecimal("12"))
                    .containsEntry("items", List.of(Map.of("item", "a", "qty", new BigDecimal("3"))));
        }
    }

    @Test
    void namedValidatorsCheckWhatAPatternCannotEvenInsideRows() {
        FormSchema patents = TestForms.catalog().parse("""
                {"id": "patents", "components": [
                  {"id": "Field_rights", "type": "dynamiclist", "path": "rights", "components": [
                    {"id": "Field_number", "type": "textfield", "key": "number", "label": "专利号",
                     "validate": {"pattern": "(ZL)?(\\\\d{12}|\\\\d{8})\\\\.[0-9X]"},
                     "properties": {"validator": "cnipa-patent-number"}}
                  ]}
                ]}""");
        var rows = List.of(Map.of("number", "ZL202310123456.6"), Map.of("number", "ZL202310123456.7"),
                Map.of("number", "ZL2023"));

        var problems = validator.validate(patents, Map.of("rights", rows), false).problems();

        assertThat(problems).containsOnlyKeys("rights[1].number", "rights[2].number");
        assertThat(problems.get("rights[1].number").code()).isEqualTo("form.error.check.cnipa-patent-number");
        assertThat(problems.get("rights[2].number").code()).as("the pattern speaks first").isEqualTo("form.error.pattern");
    }

    @Test
    void errorsResolveInTheUsersLanguage() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        FormErrors errors = validator.validate(schema, Map.of("amount", 2000, "code", "x"), true);

        Map<String, String> zh = errors.resolve(messages, Locale.SIMPLIFIED_CHINESE);
        Map<String, String> en = errors.resolve(messages, Locale.ENGLISH);

        assertThat(zh).containsEntry("name", "此项为必填项。").containsEntry("amount", "不能大于 1000。");
        assertThat(en).containsEntry("name", "This field is required.").containsEntry("amount", "Must be at most 1000.")
                .containsEntry("code", "The format is not valid.");
        assertThat(en.keySet()).containsExactlyElementsOf(errors.problems().keySet());
    }

    /** Issue 14, finding 5: no list, text or area is unbounded, whatever the schema leaves open. */
    @Nested
    class Limits {

        private final FormSchema bounded = TestForms.catalog().parse("""
                {"id": "bounded", "components": [
                  {"id": "Field_title", "type": "textfield", "key": "title"},
                  {"id": "Field_summary", "type": "textarea", "key": "summary"},
                  {"id": "Field_code", "type": "textfield", "key": "code", "validate": {"maxLength": 1000}},
                  {"id": "Field_rights", "type": "dynamiclist", "path": "rights", "components": [
                    {"id": "Field_number", "type": "textfield", "key": "number"}]},
                  {"id": "Field_few", "type": "dynamiclist", "path": "few", "properties": {"maxRows": "3"},
                   "components": [{"id": "Field_name", "type": "textfield", "key": "name"}]}
                ]}""");

        private Map<String, FormErrors.Problem> problems(Map<String, Object> data) {
            return validator.validate(bounded, data, false).problems();
        }

        private static List<Map<String, Object>> rows(int count, String key) {
            return java.util.stream.IntStream.range(0, count).<Map<String, Object>>mapToObj(i -> Map.of(key, "r" + i)).toList();
        }

        @Test
        void textWithoutItsOwnMaximumTakesTheDefaultOfItsType() {
            assertThat(problems(Map.of("title", "专".repeat(500), "summary", "专".repeat(10_000)))).isEmpty();
            assertThat(problems(Map.of("title", "专".repeat(501), "summary", "专".repeat(10_001))))
                    .containsEntry("title", new FormErrors.Problem("form.error.maxLength", List.of(500)))
                    .containsEntry("summary", new FormErrors.Problem("form.error.maxLength", List.of(10_000)));
        }

        @Test
        void aFormsOwnMaximumWinsOverTheDefault() {
            assertThat(problems(Map.of("code", "x".repeat(1000)))).isEmpty();
            assertThat(problems(Map.of("code", "x".repeat(1001))).get("code"))
                    .isEqualTo(new FormErrors.Problem("form.error.maxLength", List.of(1000)));
        }

        @Test
        void aListOfAHundredThousandRowsIsRefusedWholeAndQuickly() {
            long start = System.nanoTime();
            var found = problems(Map.of("rights", rows(100_000, "number")));
            assertThat(found).containsOnlyKeys("rights")
                    .containsEntry("rights", new FormErrors.Problem("form.error.maxRows", List.of(200)));
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(2));
            assertThat(problems(Map.of("rights", rows(200, "number")))).isEmpty();
        }

        @Test
        void aListsOwnMaxRowsWinsOverTheDefault() {
            assertThat(problems(Map.of("few", rows(3, "name")))).isEmpty();
            assertThat(problems(Map.of("few", rows(4, "name"))).get("few"))
                    .isEqualTo(new FormErrors.Problem("form.error.maxRows", List.of(3)));
        }

        @Test
        void theLimitsComeFromConfiguration() {
            var strict = new FormSchemaValidator(new FormLimits(5, 8, 2), java.time.Clock.systemUTC());
            var found = strict.validate(bounded, Map.of("title", "123456", "summary", "123456789",
                    "rights", rows(3, "number")), false).problems();
            assertThat(found).containsEntry("title", new FormErrors.Problem("form.error.maxLength", List.of(5)))
                    .containsEntry("summary", new FormErrors.Problem("form.error.maxLength", List.of(8)))
                    .containsEntry("rights", new FormErrors.Problem("form.error.maxRows", List.of(2)));
        }
    }
}
