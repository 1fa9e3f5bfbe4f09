package org.ipflow.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * IPFlow's forms judged against form-js's viewer, version 1.23.0 (the studio's editor,
 * {@code src/main/frontend/package.json}). Each row is one component or rule, the value a client sends,
 * the outcome form-js gives, and the place in form-js-viewer's source it follows; validation rows run
 * {@link FormSchemaValidator}, rendering rows {@link FormRenderer} and the Thymeleaf fragments.
 */
class FormJsConformanceTest {

    private static final FormSchemaValidator VALIDATOR = TestForms.validator();
    private static final FormRenderer RENDERER = TestForms.renderer();
    /** The input data a form is given: what {@code valuesKey} reads ({@code initialData}) and expressions see. */
    private static final Map<String, Object> VARIABLES = Map.of("choices",
            java.util.List.of("a", Map.of("value", 2, "label", "Two"), "", Map.of("label", "no value")));

    static Stream<Arguments> validation() {
        return Stream.of(
                // core/Validator.js runPresetValidation: new RegExp(pattern).test(value) — found anywhere
                row("Validator.js pattern test()", "textfield", "\"validate\": {\"pattern\": \"[0-9]{3}\"}", "ab123cd", null),
                row("Validator.js pattern test()", "textfield", "\"validate\": {\"pattern\": \"^[0-9]{3}$\"}", "1234", "form.error.pattern"),
                // runPresetValidation: value.trim().length against minLength / maxLength; the value is kept as typed
                row("Validator.js minLength trim()", "textfield", "\"validate\": {\"minLength\": 3}", "  ab  ", "form.error.minLength"),
                row("Validator.js maxLength trim()", "textfield", "\"validate\": {\"maxLength\": 3}", "  abc  ", null),
                // runPresetValidation: required fails for nil and '' only; spaces are a value
                row("Validator.js required isNil || ''", "textfield", "\"validate\": {\"required\": true}", " ", null),
                row("Validator.js required isNil || ''", "textfield", "\"validate\": {\"required\": true}", "", "form.error.required"),
                // EMAIL_PATTERN, anchored at both ends
                row("Validator.js EMAIL_PATTERN", "textfield", "\"validate\": {\"validationType\": \"email\"}", "a.b+c@example.org", null),
                row("Validator.js EMAIL_PATTERN", "textfield", "\"validate\": {\"validationType\": \"email\"}", "a@b@c", "form.error.email"),
                row("Validator.js EMAIL_PATTERN", "textfield", "\"validate\": {\"validationType\": \"email\"}", "name@localhost", null),
                // PHONE_PATTERN: a country code after + or 00, then 4 to 20 digits; not anchored at the start
                row("Validator.js PHONE_PATTERN", "textfield", "\"validate\": {\"validationType\": \"phone\"}", "+4930664040900", null),
                row("Validator.js PHONE_PATTERN", "textfield", "\"validate\": {\"validationType\": \"phone\"}", "008613800138000", null),
                row("Validator.js PHONE_PATTERN", "textfield", "\"validate\": {\"validationType\": \"phone\"}", "13800138000", "form.error.phone"),
                row("Validator.js PHONE_PATTERN", "textfield", "\"validate\": {\"validationType\": \"phone\"}", "+49 30 664040900", "form.error.phone"),
                // runNumberValidation: countDecimals(value) > decimalDigits
                row("Validator.js decimalDigits", "number", "\"decimalDigits\": 2", "1.005", "form.error.decimalDigits"),
                row("Validator.js decimalDigits 0", "number", "\"decimalDigits\": 0", "3.5", "form.error.integer"),
                row("Validator.js decimalDigits", "number", "\"decimalDigits\": 2", "1.50", null),
                // runNumberValidation: Big(value).mod(Big(increment)) must be 0
                row("Validator.js increment", "number", "\"increment\": \"0.25\"", "1.75", null),
                row("Validator.js increment", "number", "\"increment\": 5", "12", "form.error.increment"),
                row("Validator.js increment", "number", "\"increment\": 5", "-10", null),
                // runPresetValidation: min / max compare the number
                row("Validator.js min", "number", "\"validate\": {\"min\": 10}", "9.99", "form.error.min"),
                row("Validator.js max", "number", "\"validate\": {\"max\": 10}", "10", null),
                // serializeToString keeps the number as a string: the same rules hold (NumberField.js)
                row("NumberField.js serializeToString", "number", "\"serializeToString\": true, \"validate\": {\"max\": 1}", "2", "form.error.max"),
                // options: a value must be one of them (Select.js / Radio.js / Taglist.js offer no others)
                row("Select.js options", "select", "\"values\": [{\"label\": \"A\", \"value\": \"a\"}]", "b", "form.error.option"),
                row("Taglist.js options", "taglist", "\"values\": [{\"label\": \"A\", \"value\": \"a\"}]", java.util.List.of("a", "b"), "form.error.option"),
                // hooks/useOptionsAsync.js: valuesKey reads the input data (here the variables) and comes before values;
                // util/optionsUtil.js normalizeOptionsData: primitives and {value[, label]} objects, the rest dropped
                row("useOptionsAsync.js valuesKey", "select", "\"valuesKey\": \"choices\"", "2", null),
                row("useOptionsAsync.js valuesKey", "select", "\"valuesKey\": \"choices\", \"values\": [{\"value\": \"z\"}]", "z", "form.error.option"),
                row("optionsUtil.js _normalizeOption", "select", "\"valuesKey\": \"choices\"", "no value", "form.error.option"),
                row("useOptionsAsync.js no list under the key", "radio", "\"valuesKey\": \"v\"", "v", "form.error.option"),
                row("useOptionsAsync.js valuesKey", "checklist", "\"valuesKey\": \"choices\"", java.util.List.of("a", "2"), null),
                row("useOptionsAsync.js valuesExpression", "taglist", "\"valuesExpression\": \"=[\\\"x\\\", {value: \\\"y\\\"}]\"",
                        java.util.List.of("y"), null),
                row("useOptionsAsync.js valuesExpression", "select", "\"valuesExpression\": \"=choices\"", "a", null),
                row("useOptionsAsync.js valuesExpression", "select", "\"valuesExpression\": \"=choices\"", "Two", "form.error.option"),
                // Datetime.js: date ISO, time HH:mm with the offset of timeSerializingFormat
                row("Datetime.js time", "datetime", "\"subtype\": \"time\"", "14:30+08:00", null),
                row("Datetime.js time", "datetime", "\"subtype\": \"time\"", "25:00", "form.error.time"),
                row("Datetime.js datetime", "datetime", "\"subtype\": \"datetime\"", "2026-07-01T09:15Z", null),
                // disallowPassedDates: form-js hides past days in its picker; the server refuses them
                row("Datetime.js disallowPassedDates", "datetime", "\"subtype\": \"date\", \"disallowPassedDates\": true", "2026-05-31", "form.error.pastDate"),
                row("Datetime.js disallowPassedDates", "datetime", "\"subtype\": \"date\", \"disallowPassedDates\": true", "2026-06-01", null));
    }

    @ParameterizedTest(name = "{0}: {1} {3} -> {4}")
    @MethodSource("validation")
    void validatesAsFormJs(String source, String type, String settings, Object value, String expected) {
        FormSchema schema = form(type, settings);

        FormErrors errors = VALIDATOR.validate(schema, Map.of("v", value), true, VARIABLES);

        assertThat(errors.problems().get("v") == null ? null : errors.problems().get("v").code()).isEqualTo(expected);
    }

    static Stream<Arguments> rendering() {
        return Stream.of(
                // Text.js: Markdown, sanitized; raw HTML inside it is shown as text
                Arguments.of("Text.js markdown", "{\"type\": \"text\", \"text\": \"# Title\\n**bold** <img src=x onerror=alert(1)>\"}",
                        "<h1>Title</h1>", "<img"),
                // Html.js: sanitized HTML, scripts and handlers dropped
                Arguments.of("Html.js sanitize", "{\"type\": \"html\", \"content\": \"<b>ok</b><script>alert(1)</script>\"}",
                        "<b>ok</b>", "<script"),
                // IFrame.js: https only, sandboxed; hosts off the allow-list are links; useSecurityAttributesMap:
                // without security the sandbox is empty (no scripts); allow directives joined by "; "
                Arguments.of("IFrame.js allow-listed", "{\"type\": \"iframe\", \"url\": \"https://frames.example.org/a\"}",
                        "sandbox=\"\"", "href=\"https://frames.example.org"),
                Arguments.of("IFrame.js no security", "{\"type\": \"iframe\", \"url\": \"https://frames.example.org/a\"}",
                        "src=\"https://frames.example.org/a\"", "allow-scripts"),
                Arguments.of("IFrame.js security", "{\"type\": \"iframe\", \"url\": \"https://frames.example.org/a\","
                        + " \"security\": {\"allowScripts\": true, \"allowForms\": true, \"allowPopups\": false,"
                        + " \"camera\": true, \"fullscreen\": true}}",
                        "sandbox=\"allow-scripts allow-forms\" allow=\"fullscreen; camera\"", "allow-popups"),
                // Spacer.js: style height, 60 when none is written
                Arguments.of("Spacer.js height", "{\"type\": \"spacer\", \"height\": 120}", "style=\"height: 120px\"", "height: 60px"),
                Arguments.of("Spacer.js default", "{\"type\": \"spacer\"}", "style=\"height: 60px\"", "class=\"mb-3\"></div>"),
                // Group.js: showOutline outlines the group (fjs-outlined); create() writes true, absent is none
                Arguments.of("Group.js showOutline", "{\"type\": \"group\", \"label\": \"G\", \"showOutline\": true, \"components\": []}",
                        "class=\"mb-3 border rounded p-3\"", "form-align"),
                Arguments.of("Group.js no outline", "{\"type\": \"group\", \"label\": \"G\", \"components\": []}",
                        "<fieldset class=\"mb-3\"", "border rounded"),
                // Timepicker.js safeTimeInterval: 1, 5, 10, 15, 30 or 60 minutes, else 15; the picker's steps
                Arguments.of("Timepicker.js timeInterval", "{\"type\": \"datetime\", \"subtype\": \"time\", \"key\": \"v\","
                        + " \"timeInterval\": 30}", "step=\"1800\"", "step=\"900\""),
                Arguments.of("Timepicker.js interval 7 is 15", "{\"type\": \"datetime\", \"subtype\": \"datetime\", \"key\": \"v\","
                        + " \"timeInterval\": 7}", "step=\"900\"", "step=\"420\""),
                Arguments.of("Datepicker.js no time", "{\"type\": \"datetime\", \"subtype\": \"date\", \"key\": \"v\","
                        + " \"timeInterval\": 30}", "type=\"date\"", "step="),
                Arguments.of("IFrame.js elsewhere", "{\"type\": \"iframe\", \"url\": \"https://other.example.com/a\"}",
                        "href=\"https://other.example.com/a\"", "<iframe"),
                // Image.js / IFrame.js: the source and url are evaluated first (=FEEL, templates), then checked
                Arguments.of("Image.js =FEEL source", "{\"type\": \"image\", \"source\": \"=\\\"/img/\\\" + \\\"logo.png\\\"\","
                        + " \"alt\": \"=\\\"标志\\\"\"}", "alt=\"标志\"", "=\\\"/img/"),
                Arguments.of("Image.js not an address", "{\"type\": \"image\", \"source\": \"logo\"}", "", "src=\"logo\""),
                Arguments.of("IFrame.js =FEEL url", "{\"type\": \"iframe\", \"url\": \"=\\\"https://frames.example.org/\\\" + \\\"m\\\"\"}",
                        "src=\"https://frames.example.org/m\"", "=\\\"https"),
                Arguments.of("IFrame.js not https", "{\"type\": \"iframe\", \"url\": \"http://frames.example.org/m\"}",
                        "", "http://frames.example.org/m"),
                // Image.js: an image of another site is a link (the pages' content security policy)
                Arguments.of("Image.js", "{\"type\": \"image\", \"source\": \"https://cdn.example.com/x.png\", \"alt\": \"X\"}",
                        "href=\"https://cdn.example.com/x.png\"", "<img"),
                // Button.js: not shown; the page submits with its own buttons
                Arguments.of("Button.js", "{\"type\": \"button\", \"label\": \"Go\", \"action\": \"submit\"}", "", "Go"),
                // NumberField.js: increment is the input's step; adorners beside the input
                Arguments.of("NumberField.js increment", "{\"type\": \"number\", \"key\": \"v\", \"increment\": \"0.5\","
                        + " \"appearance\": {\"prefixAdorner\": \"CNY\", \"suffixAdorner\": \"yuan\"}}",
                        "step=\"0.5\"", "pattern="),
                Arguments.of("Textfield.js adorners", "{\"type\": \"textfield\", \"key\": \"v\", \"appearance\": {\"suffixAdorner\": \"kg\"}}",
                        "<span class=\"input-group-text\">kg</span>", "pattern="),
                // Datetime.js: subtype time / datetime as the browser's own pickers
                Arguments.of("Datetime.js time", "{\"type\": \"datetime\", \"subtype\": \"time\", \"key\": \"v\", \"timeLabel\": \"At\"}",
                        "type=\"time\"", "type=\"date\""),
                Arguments.of("Datetime.js datetime", "{\"type\": \"datetime\", \"subtype\": \"datetime\", \"key\": \"v\"}",
                        "type=\"datetime-local\"", "type=\"time\""),
                // DynamicList.js: defaultRepetitions rows; allowAddRemove false hides add and remove
                Arguments.of("DynamicList.js", "{\"type\": \"dynamiclist\", \"path\": \"v\", \"defaultRepetitions\": 2,"
                        + " \"allowAddRemove\": false, \"components\": [{\"type\": \"textfield\", \"key\": \"x\", \"label\": \"X\"}]}",
                        "name=\"v[1].x\"", "_addRow"),
                // Label.js useSingleLineTemplateEvaluation: a =FEEL label, its first line, escaped
                Arguments.of("Label.js template", "{\"type\": \"textfield\", \"key\": \"v\","
                        + " \"label\": \"=\\\"<b>Sum</b> \\\" + string(1 + 2)\"}", "&lt;b&gt;Sum&lt;/b&gt; 3", "<b>Sum"),
                // Text.js useTemplateEvaluation then Markdown: {{#loop}} and {{#if}} of feelers
                Arguments.of("Text.js feelers", "{\"type\": \"text\", \"text\": \"{{#loop [1, 2]}}n{{this}} {{/loop}}"
                        + "{{#if false}}hidden{{/if}}\"}", "<p>n1 n2</p>", "hidden"),
                // Html.js useTemplateEvaluation: inserted values are text, never markup
                Arguments.of("Html.js template", "{\"type\": \"html\", \"content\": \"<b>{{\\\"<i>x</i>\\\"}}</b>\"}",
                        "<b>&lt;i&gt;x&lt;/i&gt;</b>", "<i>"),
                // TemplatedInputAdorner.js: adorners are single-line templates
                Arguments.of("TemplatedInputAdorner.js", "{\"type\": \"number\", \"key\": \"v\","
                        + " \"appearance\": {\"suffixAdorner\": \"{{2 * 3}} kg\"}}", ">6 kg<", "{{"),
                // useOptionsAsync.js valuesExpression, optionsUtil.js: {label, value} as written, a number its own label
                Arguments.of("Radio.js options from FEEL", "{\"type\": \"radio\", \"key\": \"v\","
                        + " \"valuesExpression\": \"=[{label: \\\"Yes\\\", value: \\\"y\\\"}, 7]\"}", "value=\"7\"", "value=\"Yes\""),
                // Radio.js / Checklist.js render option labels with Label.js (useSingleLineTemplateEvaluation): templates and
                // =FEEL evaluated; SimpleSelect.js / Taglist.js show option.label as written (form-js-viewer 1.23.0)
                Arguments.of("Radio.js option label template", "{\"type\": \"radio\", \"key\": \"v\", \"values\":"
                        + " [{\"label\": \"{{1 + 1}} years\", \"value\": \"a\"}, {\"label\": \"=\\\"x\\\" + \\\"y\\\"\", \"value\": \"b\"}]}",
                        ">2 years<", "{{1 + 1}}"),
                Arguments.of("Checklist.js option label =FEEL", "{\"type\": \"checklist\", \"key\": \"v\", \"values\":"
                        + " [{\"label\": \"=\\\"x\\\" + \\\"y\\\"\", \"value\": \"b\"}]}", ">xy<", "+ &quot;y&quot;"),
                Arguments.of("SimpleSelect.js option label as written", "{\"type\": \"select\", \"key\": \"v\", \"values\":"
                        + " [{\"label\": \"{{1 + 1}} years\", \"value\": \"a\"}]}", "{{1 + 1}} years", ">2 years<"),
                // Select.js searchable: marked for the page's script; a plain select without it
                Arguments.of("Select.js searchable", "{\"type\": \"select\", \"key\": \"v\", \"searchable\": true,"
                        + " \"values\": [{\"label\": \"A\", \"value\": \"a\"}]}", "data-searchable=\"true\"", "<input"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rendering")
    void rendersAsFormJs(String source, String component, String shown, String absent) {
        FormSchema schema = TestForms.catalog().parse("{\"components\": [" + component + "]}");

        String html = TestForms.page("fields", RENDERER.render(schema, Map.of(), Map.of(), Locale.ENGLISH), Locale.ENGLISH);

        assertThat(html).contains(shown).doesNotContain(absent);
    }

    // ExpressionField.js: computeOn change or presubmit, the value is the expression's for the data submitted,
    // under its key, whatever a client sent; components after it read it (conditional.hide here)
    @Test
    void anExpressionIsComputedOnTheServerAndStoredUnderItsKey() {
        FormSchema schema = TestForms.catalog().parse("""
                {"components": [{"type": "number", "key": "a"},
                  {"type": "expression", "key": "twice", "expression": "=a * 2", "computeOn": "presubmit"},
                  {"type": "textfield", "key": "note", "conditional": {"hide": "=twice > 10"}}]}""");

        Map<String, Object> clean = VALIDATOR.clean(schema, Map.of("a", "6", "twice", "999", "note", "x"));

        assertThat((BigDecimal) clean.get("twice")).isEqualByComparingTo("12");
        assertThat(clean).doesNotContainKey("note");
        assertThat(VALIDATOR.clean(schema, Map.of("twice", "999"))).doesNotContainKey("twice");
        assertThatThrownBy(() -> TestForms.catalog().parse("{\"components\": [{\"type\": \"expression\", \"key\": \"t\","
                + " \"expression\": \"=1\", \"computeOn\": \"blur\"}]}")).isInstanceOf(FormSchemaException.class);
    }

    // core/FieldFactory.js (_ensureKey, _enforceDefaultPath): a keyed field without a key, and a dynamic list without
    // a path, get "<type>_<name>" on import instead of the form being refused (the viewer's
    // condition-external-variable form has such a textfield); the same schema always gets the same key
    @Test
    void aFieldWithoutAKeyGetsOneAsFormJsGivesIt() {
        String json = """
                {"components": [{"type": "textfield", "label": "无键"}, {"type": "textfield", "key": "named"},
                  {"type": "dynamiclist", "components": [{"type": "number"}]}]}""";
        FormSchema schema = TestForms.catalog().parse(json);

        String key = schema.components().get(0).key();
        assertThat(key).matches("textfield_[0-9a-z]{7}").isEqualTo(TestForms.catalog().parse(json).components().get(0).key());
        assertThat(schema.components().get(2).key()).startsWith("dynamiclist_");
        assertThat(VALIDATOR.clean(schema, Map.of(key, "值", "named", "x"))).containsEntry(key, "值");
    }

    // Select.js, Radio.js, Checklist.js, Taglist.js: a field with no values and no data source is shown with no
    // options (the viewer's required and valuesExpression forms have one); it is accepted, not refused
    @Test
    void aChoiceWithoutValuesIsAcceptedWithNoOptions() {
        FormSchema schema = TestForms.catalog().parse("""
                {"components": [{"type": "select", "key": "pick", "label": "选择"}, {"type": "radio", "key": "one"}]}""");

        assertThat(VALIDATOR.validate(schema, Map.of(), true).isEmpty()).isTrue();
        assertThat(VALIDATOR.validate(schema, Map.of("pick", "anything"), true).problems()).containsKey("pick");
    }

    // util/expressions.js (buildExpressionContext): at the form's own level `this` is the form's data, so a list
    // hidden by `=this.hideList` is neither required nor stored (the viewer's condition-errors-dynamic-list form)
    @Test
    void atTheFormsOwnLevelThisIsTheFormsData() {
        FormSchema schema = TestForms.catalog().parse("""
                {"components": [{"type": "checkbox", "key": "hideList"},
                  {"type": "dynamiclist", "path": "list", "isRepeating": true, "conditional": {"hide": "=this.hideList"},
                   "components": [{"type": "textfield", "key": "element", "validate": {"required": true}}]}]}""");

        assertThat(VALIDATOR.validate(schema, Map.of("hideList", true, "list", List.of(Map.of())), true).isEmpty())
                .isTrue();
        assertThat(VALIDATOR.clean(schema, Map.of("hideList", true, "list", List.of(Map.of("element", "x")))))
                .doesNotContainKey("list");
        assertThat(VALIDATOR.validate(schema, Map.of("hideList", false, "list", List.of(Map.of())), true).isEmpty())
                .isFalse();
    }

    // util/expressions.js: a row's `parent` is the whole context of the level around it, with its own `this` and
    // `parent`, so `parent.this.b` and `parent.parent.a` reach up (the viewer's nested-complex-context form)
    @Test
    void aRowsParentIsTheWholeContextOfTheLevelAroundIt() {
        FormSchema schema = TestForms.catalog().parse("""
                {"components": [{"type": "textfield", "key": "a"},
                  {"type": "dynamiclist", "path": "outer", "isRepeating": true, "components": [
                    {"type": "textfield", "key": "b"},
                    {"type": "dynamiclist", "path": "inner", "isRepeating": true, "components": [
                      {"type": "textfield", "key": "c", "conditional": {"hide": "=parent.this.b = \\"x\\" and parent.parent.a = \\"y\\""}}]}]}]}""");
        Map<String, Object> data = Map.of("a", "y", "outer", List.of(Map.of("b", "x", "inner", List.of(Map.of("c", "1")))));

        @SuppressWarnings("unchecked")
        Map<String, Object> row = (Map<String, Object>) ((List<?>) ((Map<?, ?>) ((List<?>) VALIDATOR.clean(schema, data)
                .get("outer")).get(0)).get("inner")).get(0);
        assertThat(row).doesNotContainKey("c");
        Map<String, Object> other = Map.of("a", "z", "outer", List.of(Map.of("b", "x", "inner", List.of(Map.of("c", "1")))));
        assertThat(VALIDATOR.clean(schema, other).toString()).contains("c=1");
    }

    /**
     * Group.js ({@code pathed: true}) and DynamicList.js ({@code pathed, repeatable}); core/PathRegistry.js
     * {@code getValuePath}: a field's data sits under the paths of the groups and lists around it, each split at dots.
     * Two groups share the path {@code applicant}; their fields are merged under it.
     */
    private static final FormSchema PATHS = TestForms.catalog().parse("""
            {"components": [
              {"type": "group", "path": "applicant.address", "components": [
                {"type": "textfield", "key": "street", "validate": {"required": true}},
                {"type": "dynamiclist", "path": "phones", "components": [
                  {"type": "textfield", "key": "number", "validate": {"pattern": "^[0-9]+$"}}]}]},
              {"type": "group", "path": "applicant", "components": [
                {"type": "textfield", "key": "name", "conditional": {"hide": "=applicant.address.street = \\\"x\\\""}}]},
              {"type": "textfield", "key": "street"}]}""");

    @Test
    void aGroupsPathNestsItsFieldsValuesWhichAreValidatedAndErredWhereTheyAre() {
        Map<String, Object> nested = Map.of("applicant", Map.of("name", "N",
                "address", Map.of("phones", java.util.List.of(Map.of("number", "12a")))), "street", "top");

        FormErrors errors = VALIDATOR.validate(PATHS, nested, true);
        String html = TestForms.page("fields", RENDERER.render(PATHS, nested,
                Map.of("applicant.address.street", "MISSING"), Locale.ENGLISH), Locale.ENGLISH);

        assertThat(errors.problems().keySet()).containsExactlyInAnyOrder("applicant.address.street",
                "applicant.address.phones[0].number");
        assertThat(VALIDATOR.clean(PATHS, nested)).isEqualTo(Map.of("applicant", Map.of("name", "N",
                "address", Map.of("phones", java.util.List.of(Map.of("number", "12a")))), "street", "top"));
        assertThat(html).contains("name=\"applicant.address.street\"", "name=\"applicant.address.phones[0].number\"",
                "value=\"12a\"", "name=\"applicant.name\"", "value=\"N\"").containsPattern(
                "(?s)name=\"applicant\\.address\\.street\"[^>]*aria-describedby=\"[^\"]*-error");
    }

    // ConditionChecker.js: FEEL reads the nested value by its path; a hidden field of a group is not submitted
    @Test
    void withoutScriptAPageRoundTripKeepsTheNestedValuesAndHidesByThem() {
        Map<String, Object> bound = new FormDataBinder(TestForms.LIMITS).bind(PATHS, Map.of("applicant.address.street", new String[] {"x"},
                "applicant.address.phones[0].number", new String[] {"7"}, "applicant.name", new String[] {"N"}));

        assertThat(bound).isEqualTo(Map.of("applicant", Map.of("address", Map.of("street", "x",
                "phones", java.util.List.of(Map.of("number", "7"))), "name", "N")));
        assertThat(VALIDATOR.clean(PATHS, bound)).isEqualTo(Map.of("applicant", Map.of("address", Map.of("street", "x",
                "phones", java.util.List.of(Map.of("number", "7"))))));
        // Camunda's convention, as a later task reads what an earlier one stored as JSON text
        assertThat(FormPrefill.startValues(PATHS, Map.of("applicant", "{\"address\": {\"street\": \"S\"}}")))
                .isEqualTo(Map.of("applicant", Map.of("address", Map.of("street", "S"))));
    }

    /**
     * Dotted keys, form-js-viewer 1.23.0: core/PathRegistry.js {@code getValuePath} binds a keyed field to
     * {@code field.key.split('.')} appended to the paths of the groups and lists around it, so {@code applicant.name}
     * is the {@code name} of the object {@code applicant}, as a group with the path {@code applicant} would hold it.
     */
    private static final FormSchema DOTS = TestForms.catalog().parse("""
            {"components": [
              {"type": "textfield", "key": "applicant.name", "validate": {"required": true}},
              {"type": "number", "key": "applicant.capital", "validate": {"min": 1},
               "conditional": {"hide": "=applicant.name = \\"x\\""}},
              {"type": "group", "path": "applicant", "components": [{"type": "textfield", "key": "address.city"}]},
              {"type": "expression", "key": "copy.name", "expression": "=applicant.name", "computeOn": "change"},
              {"type": "dynamiclist", "path": "rows", "components": [
                {"type": "textfield", "key": "patent.number", "validate": {"pattern": "^[0-9]+$"}}]}]}""");

    @Test
    void aDottedKeyNestsItsValueWhichIsValidatedAndErredAtTheField() {
        Map<String, Object> data = Map.of("applicant", Map.of("capital", 0, "address", Map.of("city", "C")),
                "rows", List.of(Map.of("patent", Map.of("number", "12a"))));

        FormErrors errors = VALIDATOR.validate(DOTS, data, true);
        String html = TestForms.page("fields", RENDERER.render(DOTS, data, Map.of("applicant.capital", "TOO_SMALL"),
                Locale.ENGLISH), Locale.ENGLISH);

        assertThat(errors.problems().keySet()).containsExactlyInAnyOrder("applicant.name", "applicant.capital",
                "rows[0].patent.number");
        assertThat(VALIDATOR.clean(DOTS, data)).isEqualTo(Map.of("applicant", Map.of("capital", new BigDecimal("0"),
                "address", Map.of("city", "C")), "rows", List.of(Map.of("patent", Map.of("number", "12a")))));
        assertThat(html).contains("name=\"applicant.name\"", "name=\"applicant.address.city\"", "value=\"C\"",
                "name=\"rows[0].patent.number\"", "value=\"12a\"", "TOO_SMALL").containsPattern(
                "(?s)name=\"applicant\\.capital\"[^>]*value=\"0\"[^>]*aria-describedby=\"[^\"]*-error");
    }

    // ConditionChecker.js and ExpressionField.js: FEEL reads a dotted key's value by its path (=applicant.name), a
    // hidden one is not submitted, an expression's dotted key nests its value; without script the same round trip
    @Test
    void withoutScriptADottedKeyRoundTripsAndFeelReadsItByItsPath() {
        Map<String, Object> bound = new FormDataBinder(TestForms.LIMITS).bind(DOTS, Map.of(
                "applicant.name", new String[] {"x"}, "applicant.capital", new String[] {"5"},
                "applicant.address.city", new String[] {"C"}, "rows[0].patent.number", new String[] {"7"}));
        FormStateAnswer answer = new FormStateAnswers(RENDERER, new FormStates(new FeelExpressions(), TestForms.LIMITS))
                .answer(DOTS, bound, Map.of(), Locale.ENGLISH);

        assertThat(bound).isEqualTo(Map.of("applicant", Map.of("name", "x", "capital", new BigDecimal("5"),
                "address", Map.of("city", "C")), "rows", List.of(Map.of("patent", Map.of("number", "7")))));
        assertThat(VALIDATOR.clean(DOTS, bound)).isEqualTo(Map.of("applicant", Map.of("name", "x",
                "address", Map.of("city", "C")), "copy", Map.of("name", "x"),
                "rows", List.of(Map.of("patent", Map.of("number", "7")))));
        assertThat(answer.hidden()).containsExactly("applicant.capital");
        assertThat(answer.values()).containsEntry("copy.name", "x");
    }

    // form-js-viewer 1.23.0 test/spec/hidden-fields-nested-path.json (MIT), Form.js _getSubmitData: only shown fields
    // set their value paths, so a hidden group's path is not submitted at all, not even as an empty object
    @Test
    void aHiddenGroupsPathLeavesNoEmptyObject() {
        FormSchema schema = TestForms.catalog().parse("""
                {"components": [
                  {"type": "group", "path": "request.profileDetails", "conditional": {"hide": "=hideGroup"},
                   "components": [{"type": "textfield", "key": "name"}]},
                  {"type": "group", "path": "request.otherDetails", "components": [{"type": "textfield", "key": "other"}]},
                  {"type": "checkbox", "key": "hideGroup"}]}""");
        Map<String, Object> request = Map.of("profileDetails", Map.of("name", "N"), "otherDetails", Map.of("other", "O"));

        assertThat(VALIDATOR.clean(schema, Map.of("hideGroup", true, "request", request)))
                .isEqualTo(Map.of("hideGroup", true, "request", Map.of("otherDetails", Map.of("other", "O"))));
    }

    // Camunda's convention: a task's field applicant.name starts from the variable applicant, which an earlier
    // task stored as JSON text, as form-js reads it from the object it is given
    @Test
    void aDottedKeyStartsFromTheObjectOfItsFirstName() {
        assertThat(FormPrefill.startValues(DOTS, Map.of("applicant", "{\"name\": \"N\", \"address\": {\"city\": \"C\"}}",
                "rows", "[{\"patent\": {\"number\": \"1\"}}]"))).isEqualTo(Map.of("applicant", Map.of("name", "N",
                "address", Map.of("city", "C")), "rows", List.of(Map.of("patent", Map.of("number", "1")))));
        assertThat(FormPrefill.startValues(DOTS, Map.of("applicant", "not an object"))).isEmpty();
    }

    // Datetime.js reads a date's value with Date.parse and its picker shows the date: a value with a time, as the
    // defaultValue 2023-04-05T16:06:09.526+0000 of Camunda's tasklist test form bigForm.form, is a valid date whose
    // input shows 2023-04-05 (a date input shows nothing for other text, and the next save would lose the value)
    @Test
    void aDateWhoseValueCarriesATimeIsShownAndCheckedByItsDate() {
        FormSchema schema = form("datetime", "\"subtype\": \"date\"");
        Map<String, Object> data = Map.of("v", "2023-04-05T16:06:09.526+0000");

        String html = TestForms.page("fields", RENDERER.render(schema, data, Map.of(), Locale.ENGLISH), Locale.ENGLISH);

        assertThat(VALIDATOR.validate(schema, data, true).problems()).isEmpty();
        assertThat(html).contains("value=\"2023-04-05\"").doesNotContain("16:06");
        assertThat(VALIDATOR.validate(schema, Map.of("v", "2023-02-30T10:00"), true).problems()).containsKey("v");
    }

    /** An application's documents as its forms are given them; "99" is no document of this application. */
    private static final FormDocuments DOCUMENTS = new FormDocuments(List.of(
            new FormDocuments.Document("1", "contract.pdf", "application/pdf", "/applications/7/documents/1",
                    "/applications/7/documents/1/inline"),
            new FormDocuments.Document("2", "licence.png", "image/png", "/applications/7/documents/2",
                    "/applications/7/documents/2/inline")), "#upload-form");

    static Stream<Arguments> filepicker() {
        return Stream.of(
                // Validator.js: required fails for nil; FilePicker.config's emptyValue is null
                Arguments.of("required, nothing chosen", "\"validate\": {\"required\": true}", null, "form.error.required"),
                Arguments.of("one id of the application", "\"validate\": {\"required\": true}", "1", null),
                // FilePicker.js: without multiple the input takes one file
                Arguments.of("two ids without multiple", "", List.of("1", "2"), "form.error.oneDocument"),
                Arguments.of("two ids with multiple", "\"multiple\": true", List.of("1", "2"), null),
                Arguments.of("multiple as FEEL", "\"multiple\": \"=1 < 2\"", List.of("1", "2"), null),
                // FilePicker.js passes accept to the file input: extensions and MIME types, wildcards
                Arguments.of("accept .pdf, an image", "\"accept\": \".pdf\"", "2", "form.error.documentType"),
                Arguments.of("accept image/*, an image", "\"accept\": \".docx, image/*\"", "2", null),
                Arguments.of("accept application/pdf", "\"accept\": \"application/pdf\"", "1", null),
                // the id of another application's document (or of none) is refused
                Arguments.of("another application's document", "", "99", "form.error.document"),
                // FilePickerConstants.js: a files:: key names files in someone's browser, not on the server
                Arguments.of("a form-js files:: key", "", "files::1", "form.error.fileKey"),
                // Camunda's document references, as DocumentPreview.js reads them
                Arguments.of("a document reference", "", List.of(Map.of("documentId", "1", "metadata", Map.of())), null),
                Arguments.of("a reference to another application's", "", List.of(Map.of("documentId", 99)), "form.error.document"),
                Arguments.of("an object without documentId", "", Map.of("id", "1"), "form.error.type"));
    }

    @ParameterizedTest(name = "FilePicker.js: {0} -> {3}")
    @MethodSource("filepicker")
    void aFilepickerTakesIdsOfTheApplicationsDocumentsOnly(String source, String settings, Object value, String expected) {
        FormSchema schema = form("filepicker", settings.isEmpty() ? "\"label\": \"F\"" : settings);
        Map<String, Object> data = value == null ? Map.of() : Map.of("v", value);

        FormErrors errors = VALIDATOR.validate(schema, data, true, Map.of(), DOCUMENTS);

        assertThat(errors.problems().get("v")).as(source).satisfies(problem ->
                assertThat(problem == null ? null : problem.code()).isEqualTo(expected));
        assertThat(VALIDATOR.validate(schema, data, true).has("v")).as("a form given no documents").isEqualTo(value != null
                || expected != null);
    }

    // the value stored is the list of the chosen ids, however a client named them
    @Test
    void aFilepickerStoresTheChosenIdsAsAList() {
        FormSchema schema = form("filepicker", "\"multiple\": true");

        assertThat(VALIDATOR.clean(schema, Map.of("v", List.of(Map.of("documentId", 1), "2", "2")))).isEqualTo(Map.of("v", List.of("1", "2")));
        assertThat(VALIDATOR.clean(schema, Map.of("v", "1"))).isEqualTo(Map.of("v", List.of("1")));
        // a task stores the list as JSON text in its process variable; the next task's form starts from it
        assertThat(FormPrefill.startValues(schema, Map.of("v", "[\"1\",\"2\"]"))).isEqualTo(Map.of("v", "[\"1\",\"2\"]"));
        assertThat(VALIDATOR.clean(schema, FormPrefill.startValues(schema, Map.of("v", "[\"1\",\"2\"]"))))
                .isEqualTo(Map.of("v", List.of("1", "2")));
        assertThat(new FormDataBinder(TestForms.LIMITS).bind(schema, Map.of("v", new String[] {"1", "2"})))
                .isEqualTo(Map.of("v", List.of("1", "2")));
        // a page whose radio "none" is chosen sends an empty value: nothing is stored
        assertThat(new FormDataBinder(TestForms.LIMITS).bind(schema, Map.of("v", new String[] {""}))).isEmpty();
    }

    // FilePicker.js: one file or several; IPFlow offers the application's documents its accept lets through
    @Test
    void aFilepickerOffersTheApplicationsDocumentsItAcceptsWithoutScript() {
        FormSchema one = form("filepicker", "\"label\": \"Contract\", \"accept\": \".pdf\"");
        FormSchema several = form("filepicker", "\"label\": \"Proofs\", \"multiple\": true");

        String single = TestForms.page("fields", RENDERER.render(one, Map.of("v", List.of("1")), Map.of(), Locale.ENGLISH,
                Map.of(), Map.of(), DOCUMENTS), Locale.ENGLISH);
        String many = TestForms.page("fields", RENDERER.render(several, Map.of("v", List.of("2")), Map.of(), Locale.ENGLISH,
                Map.of(), Map.of(), DOCUMENTS), Locale.ENGLISH);
        String none = TestForms.page("fields", RENDERER.render(one, Map.of(), Map.of(), Locale.ENGLISH), Locale.ENGLISH);

        assertThat(single).containsPattern("value=\"1\"\\s+checked").contains("type=\"radio\"", "contract.pdf",
                "href=\"/applications/7/documents/1\"", "value=\"\"", "href=\"#upload-form\"").doesNotContain("licence.png");
        assertThat(many).containsPattern("value=\"2\"\\s+checked").contains("type=\"checkbox\"", "name=\"v\" value=\"1\"",
                "licence.png").doesNotContain("type=\"radio\"");
        assertThat(none).contains("None of the application&#39;s documents fits here yet.")
                .doesNotContain("type=\"radio\"", "#upload-form");
    }

    // DocumentPreview.js: the documents its dataSource (FEEL) yields, a PDF embedded, an image shown, within maxHeight
    @Test
    void aDocumentPreviewShowsTheDocumentsItsDataSourceNames() {
        FormSchema schema = TestForms.catalog().parse("""
                {"components": [{"type": "filepicker", "key": "proofs", "multiple": true},
                  {"type": "documentPreview", "label": "Proofs", "dataSource": "=proofs", "maxHeight": 300},
                  {"type": "documentPreview", "label": "All", "dataSource": "=[\\"1\\", \\"99\\"]"},
                  {"type": "documentPreview", "label": "Nothing named"}]}""");

        String html = TestForms.page("fields", RENDERER.render(schema, Map.of("proofs", List.of("2")), Map.of(),
                Locale.ENGLISH, Map.of(), Map.of(), DOCUMENTS), Locale.ENGLISH);

        assertThat(html).contains("src=\"/applications/7/documents/2/inline\"", "max-height: 300px",
                "src=\"/applications/7/documents/1/inline\"").doesNotContain("/documents/99");
        assertThat(html.substring(html.indexOf("Nothing named"))).doesNotContain("/applications/");
    }

    static Stream<Arguments> pathClaims() {
        return Stream.of(
                // canClaimPath: a leaf (a keyed field) cannot be passed through
                Arguments.of("a key, then a group's path over it", "{\"type\": \"textfield\", \"key\": \"a\"},"
                        + " {\"type\": \"group\", \"path\": \"a\", \"components\": []}", "form.schema.pathClaimed"),
                // canClaimPath: a closed claim in the middle of the tree is refused
                Arguments.of("a group's path, then a key on it", "{\"type\": \"group\", \"path\": \"a\", \"components\":"
                        + " [{\"type\": \"textfield\", \"key\": \"b\"}]}, {\"type\": \"textfield\", \"key\": \"a\"}",
                        "form.schema.pathClaimed"),
                // an open claim in the middle is allowed: two groups share a path
                Arguments.of("two groups of one path", group("a", "b") + ", " + group("a", "c"), null),
                Arguments.of("one key twice under a shared path", group("a", "b") + ", " + group("a", "b"), "form.schema.keyTwice"),
                Arguments.of("a dotted path through a group's key", group("a", "b") + ", " + group("a.b", "c"),
                        "form.schema.pathClaimed"),
                // a repeatable claim: only the list's own fields claim under it
                Arguments.of("two lists of one path", list("a", "b") + ", " + list("a", "c"), "form.schema.pathClaimed"),
                Arguments.of("a group's path into a list", list("a", "b") + ", " + group("a", "c"), "form.schema.pathClaimed"),
                Arguments.of("a list's field and a form's field of one key", list("a", "b")
                        + ", {\"type\": \"textfield\", \"key\": \"b\"}", null),
                // FieldFactory.create: a keyed field claims [...parentPath, ...key.split('.')] closed
                Arguments.of("a key, then a dotted key through it", field("a") + ", " + field("a.b"), "form.schema.pathClaimed"),
                Arguments.of("a dotted key, then a key on its way", field("a.b") + ", " + field("a"), "form.schema.pathClaimed"),
                Arguments.of("two dotted keys side by side", field("a.b") + ", " + field("a.c"), null),
                Arguments.of("one dotted key twice", field("a.b") + ", " + field("a.b"), "form.schema.keyTwice"),
                Arguments.of("a dotted key and a group's key of one path", field("a.b") + ", " + group("a", "b"),
                        "form.schema.keyTwice"),
                Arguments.of("a dotted key beside a group of its first name", field("a.b") + ", " + group("a", "c"), null),
                Arguments.of("a dotted key onto a list's path", list("a", "b") + ", " + field("a.c"), "form.schema.pathClaimed"),
                Arguments.of("a dotted key in a list's row", list("a", "b.c") + ", " + field("b.c"), null),
                // the editor's Key entry (form-js-editor 1.23.0): isValidDotPath, hasIntegerPathSegment, isProhibitedPath
                Arguments.of("an empty name in a key", field("a..b"), "form.schema.keyName"),
                Arguments.of("a key ending in a dot", field("a."), "form.schema.keyName"),
                Arguments.of("a name of digits in a key", field("a.1"), "form.schema.keyName"),
                Arguments.of("a prohibited name in a key", field("a.__proto__"), "form.schema.keyName"),
                Arguments.of("a prohibited name in a path", group("constructor.x", "b"), "form.schema.keyName"),
                Arguments.of("a name merely containing a prohibited one", field("myprototype.constructors"), null));
    }

    @ParameterizedTest(name = "PathRegistry.js: {0} -> {2}")
    @MethodSource("pathClaims")
    void bindingPathsAreClaimedAsFormJsClaimsThem(String source, String components, String refused) {
        String form = "{\"components\": [" + components + "]}";
        if (refused == null) {
            assertThat(TestForms.catalog().parse(form).components()).isNotEmpty();
        } else {
            assertThatThrownBy(() -> TestForms.catalog().parse(form)).isInstanceOfSatisfying(FormSchemaException.class,
                    e -> assertThat(e.reason().code()).isEqualTo(refused));
        }
    }

    /**
     * form-js-viewer 1.23.0, {@code render/components/form-fields/Table.js}: the columns are what
     * {@code columnsExpression} evaluates to when that is an array whose every entry {@code isColumn} (an object
     * with a string {@code label} and a string {@code key}), else the static {@code columns}
     * ({@code useEvaluatedColumns}); a heading shows {@code label || key}; the rows are {@code =dataSource}
     * evaluated in the expression context, which holds the input data (a task's process variables).
     */
    @Nested
    class Tables {

        private static final String ROWS = "\"dataSource\": \"=rows\", \"columns\": [{\"label\": \"Static\", \"key\": \"name\"}]";
        private static final Map<String, Object> DATA = Map.of("rows",
                List.of(Map.of("name", "b", "age", 9), Map.of("name", "a", "age", 100)));

        @Test
        void aColumnsExpressionGivingColumnsIsUsedAndAnEmptyLabelShowsTheKey() {
            RenderedForm.Look look = table("\"columnsExpression\": \"=[{label: \\\"Name\\\", key: \\\"name\\\"},"
                    + " {label: \\\"\\\", key: \\\"age\\\"}]\", " + ROWS, DATA, Map.of());

            assertThat(look.headings()).containsExactly("Name", "age");
            assertThat(look.cells()).extracting(row -> row.get(1).text()).containsExactly("9", "100");
            // the row's own value, as JSON, is what the page's sorting compares (sortByColumn: a[key] > b[key])
            assertThat(look.cells()).extracting(row -> row.get(1).value()).containsExactly("9", "100");
            assertThat(look.cells()).extracting(row -> row.get(0).value()).containsExactly("\"b\"", "\"a\"");
        }

        @ParameterizedTest(name = "{0}")
        @org.junit.jupiter.params.provider.ValueSource(strings = {
            "=[{label: \\\"Name\\\"}]", "=[{label: 1, key: \\\"name\\\"}]", "=[{label: \\\"N\\\", key: \\\"name\\\"}, 3]",
            "=\\\"name\\\"", "=nothing.at.all", "=[{label: \\\"N\\\", key: ", "[{label: \\\"N\\\", key: \\\"name\\\"}]"})
        void anythingButAListOfColumnsFallsBackToTheStaticColumns(String expression) {
            RenderedForm.Look look = table("\"columnsExpression\": \"" + expression + "\", " + ROWS, DATA, Map.of());

            assertThat(look.headings()).containsExactly("Static");
            assertThat(look.cells()).extracting(row -> row.get(0).text()).containsExactly("b", "a");
        }

        @Test
        void aTaskTableShowsRowsAndColumnsItsProcessVariablesHold() {
            Map<String, Object> variables = Map.of("orders", List.of(Map.of("item", "专利许可", "fee", new BigDecimal("1200.50"))),
                    "orderColumns", List.of(Map.of("label", "Item", "key", "item"), Map.of("label", "Fee", "key", "fee")));

            RenderedForm.Look look = table("\"dataSource\": \"orders\", \"columnsExpression\": \"=orderColumns\"",
                    Map.of(), variables);

            assertThat(look.headings()).containsExactly("Item", "Fee");
            assertThat(look.cells()).extracting(row -> row.get(0).text() + " " + row.get(1).value())
                    .containsExactly("专利许可 1200.50");
        }

        // Table.js evaluates dataSource as FEEL, prefixing = when it is missing: a filter, a dotted path, a key
        @ParameterizedTest(name = "{0}")
        @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
                =orders[fee > 100]              | 专利许可
                =applicant.orders               | 商标许可
                orders[item = "商标许可"]        | 商标许可
                =count(orders)                  | ''
                =orders[                        | ''
                """)
        void theRowsAreWhatTheDataSourcesFeelGives(String dataSource, String shown) {
            Map<String, Object> variables = Map.of("orders", List.of(Map.of("item", "专利许可", "fee", 1200),
                    Map.of("item", "商标许可", "fee", 80)), "applicant", Map.of("orders", List.of(Map.of("item", "商标许可"))));

            RenderedForm.Look look = table("\"dataSource\": \"" + dataSource.replace("\"", "\\\"") + "\", \"columns\": "
                    + "[{\"label\": \"Item\", \"key\": \"item\"}]", Map.of(), variables);

            assertThat(look.cells()).extracting(row -> row.get(0).text())
                    .isEqualTo(shown.isEmpty() ? List.of() : List.of(shown));
        }

        @Test
        void theHeadingsCarryTheSortingWordsOfTheReadersLanguage() {
            FormSchema schema = TestForms.catalog().parse("{\"components\": [{\"type\": \"table\", " + ROWS + "}]}");

            String english = TestForms.page("fields", RENDERER.render(schema, DATA, Map.of(), Locale.ENGLISH), Locale.ENGLISH);
            String chinese = TestForms.page("fields", RENDERER.render(schema, DATA, Map.of(), Locale.CHINA), Locale.CHINA);

            assertThat(english).contains("data-sort-descending=\"Click to sort by {0} descending\"",
                    "data-sort-ascending=\"Click to sort by {0} ascending\"", "data-sort-none=\"Click to remove sorting\"",
                    "<td data-value=\"&quot;b&quot;\">b</td>");
            assertThat(chinese).contains("data-sort-descending=\"点击按“{0}”降序排序\"");
        }

        private RenderedForm.Look table(String settings, Map<String, ?> data, Map<String, ?> variables) {
            FormSchema schema = TestForms.catalog().parse("{\"components\": [{\"type\": \"table\", " + settings + "}]}");
            return RENDERER.render(schema, data, Map.of(), Locale.ENGLISH, Map.of(), variables).fields().get(0).look();
        }
    }

    private static String group(String path, String key) {
        return "{\"type\": \"group\", \"path\": \"" + path + "\", \"components\": [{\"type\": \"textfield\", \"key\": \"" + key + "\"}]}";
    }

    private static String field(String key) {
        return "{\"type\": \"textfield\", \"key\": \"" + key + "\"}";
    }

    private static String list(String path, String key) {
        return "{\"type\": \"dynamiclist\", \"path\": \"" + path + "\", \"components\": [{\"type\": \"textfield\", \"key\": \"" + key + "\"}]}";
    }

    private static Arguments row(String source, String type, String settings, Object value, String expected) {
        return Arguments.of(source, type, settings, value, expected);
    }

    private static FormSchema form(String type, String settings) {
        return TestForms.catalog().parse("{\"components\": [{\"type\": \"" + type + "\", \"key\": \"v\", "
                + settings + "}]}");
    }
}
