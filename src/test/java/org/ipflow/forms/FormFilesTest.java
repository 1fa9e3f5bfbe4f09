package org.ipflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The model contract of {@code forms/}: every file parses, and is written the way IPFlow's forms are. */
class FormFilesTest {

    private final FormCatalog catalog = TestForms.catalog();
    private final FormSchemaValidator validator = TestForms.validator();

    @Test
    void everyFileIsPackagedAndParsesUnderItsFileName() throws IOException {
        List<String> files;
        try (Stream<Path> paths = Files.list(Path.of("forms"))) {
            files = paths.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".form"))
                    .map(n -> n.substring(0, n.length() - ".form".length())).toList();
        }

        assertThat(files).contains("patent-transformation-grant-start", "grant-review", "grant-scoring",
                "grant-approval", "objection-review", "grant-disbursement");
        assertThat(catalog.all()).extracting(FormSchema::id).containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void everyFileTargetsTheEngineAndEveryComponentHasAUniqueMeaningfulId() {
        for (FormSchema schema : catalog.all()) {
            JsonNode raw = schema.raw();
            assertThat(raw.path("schemaVersion").asInt()).as(schema.id()).isEqualTo(16);
            assertThat(raw.path("executionPlatform").asText()).as(schema.id()).isEqualTo("Camunda Platform");
            assertThat(raw.path("executionPlatformVersion").asText()).as(schema.id()).isEqualTo("7.24.0");
            Set<String> ids = new HashSet<>();
            for (JsonNode component : components(raw)) {
                String id = component.path("id").asText();
                assertThat(ids.add(id)).as(schema.id() + " id " + id + " unique").isTrue();
                assertThat(id).as(schema.id()).matches("(Field|Text|Group|Separator|Spacer)_[A-Za-z][A-Za-z0-9]*");
            }
        }
    }

    /**
     * English pages render forms from the same schemas: every label, description, static text and option
     * of {@code forms/} (and of the README's patent award) has its English custom property. A form without
     * it fails here, naming the component and the property to add.
     */
    @Test
    void everyTextOfEveryFormHasItsEnglish() throws IOException {
        List<JsonNode> forms = new ArrayList<>(catalog.all().stream().map(FormSchema::raw).toList());
        forms.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                Path.of("src/test/resources/programmes/patent-award/patent-award-nomination.form").toFile()));
        List<String> missing = new ArrayList<>();
        for (JsonNode form : forms) {
            for (JsonNode component : components(form)) {
                String where = form.path("id").asText() + " " + component.path("id").asText() + ": ";
                JsonNode properties = component.path("properties");
                english(missing, where, component.path("label").asText(component.path("dateLabel").asText()),
                        properties, FormField.LABEL_EN);
                english(missing, where, component.path("description").asText(), properties, FormField.DESCRIPTION_EN);
                english(missing, where, component.path("text").asText(), properties, FormField.TEXT_EN);
                component.path("values").forEach(option -> english(missing, where, option.path("label").asText(),
                        properties, FormField.OPTION_LABEL_EN + option.path("value").asText()));
            }
        }

        assertThat(missing).as("texts without English; add the custom property to the component's \"properties\"")
                .isEmpty();
    }

    /**
     * A number in yuan (its label says 元, but not 万元) is marked money, so that pages show it as
     * {@code 60,000.00 元}; the mark sits on nothing else.
     */
    @Test
    void everyNumberInYuanIsMarkedMoney() {
        List<String> unmarked = new ArrayList<>();
        List<String> marked = new ArrayList<>();
        for (FormSchema schema : catalog.all()) {
            for (JsonNode component : components(schema.raw())) {
                String label = component.path("label").asText();
                boolean yuan = "number".equals(component.path("type").asText()) && label.contains("元") && !label.contains("万元");
                boolean money = "true".equals(component.path("properties").path(FormField.MONEY).asText());
                (yuan && !money ? unmarked : !yuan && money ? marked : new ArrayList<String>())
                        .add(schema.id() + " " + component.path("id").asText());
            }
        }

        assertThat(unmarked).as("amounts in yuan without \"money\": \"true\" in their properties").isEmpty();
        assertThat(marked).as("marked money but not a number in yuan").isEmpty();
    }

    private static void english(List<String> missing, String where, String chinese, JsonNode properties, String property) {
        if (!chinese.isBlank() && properties.path(property).asText().isBlank()) {
            missing.add(where + "\"" + property + "\" for \"" + chinese + "\"");
        }
    }

    @Test
    void patentNumbersFollowCnipaFormats() {
        FormSchema start = catalog.require("patent-transformation-grant-start");
        var pattern = start.field("patents").orElseThrow().components().get(0).rules().pattern();

        assertThat(List.of("ZL202310123456.7", "202310123456.7", "ZL97100001.2", "93100001.X"))
                .allMatch(n -> pattern.matcher(n).matches());
        assertThat(List.of("ZL2023101234567", "202310123456", "CN202310123456.7", "ZL202310123456.7 "))
                .noneMatch(n -> pattern.matcher(n).matches());
    }

    @Test
    void reviewCommentIsRequiredUnlessApprovedAndCorrectionDaysOnlyWhenReturned() {
        FormSchema review = catalog.require("grant-review");

        assertThat(validator.validate(review, Map.of("decision", "approve"), true).isEmpty()).isTrue();
        assertThat(validator.validate(review, Map.of("decision", "reject"), true).problems()).containsOnlyKeys("comment");
        assertThat(validator.validate(review, Map.of("decision", "return"), true).problems())
                .containsOnlyKeys("comment", "correctionDays");
        assertThat(review.field("correctionDays").orElseThrow().defaultValue()).isEqualTo(new java.math.BigDecimal("15"));
    }

    @Test
    void aCompleteGrantApplicationPasses() {
        FormSchema start = catalog.require("patent-transformation-grant-start");
        Map<String, Object> data = Map.of("projectName", "高效电机", "projectSummary", "转化为量产电机",
                "patents", List.of(Map.of("patentNumber", "ZL202310123456.6", "title", "电机", "patentType", "invention",
                        "acquisition", "licensed", "cnipaRecordNumber", "2023990000123")),
                "transferFeePaid", 300000, "totalInvestment", "1200000.00", "amountRequested", 90000.5,
                "expectedOutput", 500, "expectedJobs", 12);

        assertThat(validator.validate(start, data, true).problems()).isEmpty();
        assertThat(validator.validate(start, Map.of("projectName", "x"), true).problems())
                .containsKeys("projectSummary", "patents", "transferFeePaid", "totalInvestment", "amountRequested")
                .doesNotContainKeys("expectedOutput", "expectedJobs");
    }

    private static List<JsonNode> components(JsonNode node) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode component : node.path("components")) {
            all.add(component);
            all.addAll(components(component));
        }
        return all;
    }
}
