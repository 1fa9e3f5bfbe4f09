package org.ipflow.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The studio's difference on IPFlow's own models: one edit lists exactly that edit, with its value
 * before and after; what does not change what runs (prefixes, attribute order, whitespace, moved
 * shapes) lists nothing or only the layout line.
 */
class ModelDiffTest {

    private static String file(String path) throws IOException {
        return Files.readString(Path.of(path));
    }

    @Test
    void oneChangedGatewayConditionIsTheOnlyChangeWithItsOldAndNewValue() throws IOException {
        String grant = file("bpmn/patent-transformation-grant.bpmn");
        String edited = grant.replaceFirst("\\$\\{decision == 'approve'\\}", "\\${decision == 'approve' || decision == 'accept'}");

        ModelDiff.Result diff = ModelDiff.compare(ModelType.BPMN, grant, edited);

        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.layout()).isFalse();
        assertThat(diff.changed()).singleElement().satisfies(change -> {
            assertThat(change.id()).isEqualTo("Flow_PreReviewApproved");
            assertThat(change.values()).containsExactly(new ModelDiff.Value("conditionExpression",
                    "${decision == 'approve'}", "${decision == 'approve' || decision == 'accept'}"));
        });
    }

    @Test
    void prefixesAttributeOrderAndWhitespaceAreNoDifference() throws IOException {
        String grant = file("bpmn/patent-transformation-grant.bpmn");
        String rewritten = grant.replace("bpmn:", "semantic:").replace("xmlns:bpmn=", "xmlns:semantic=")
                .replace("sourceRef=\"Gateway_PreReviewDecision\" targetRef=\"Task_MarkInReview\"",
                        "targetRef=\"Task_MarkInReview\"   sourceRef=\"Gateway_PreReviewDecision\"")
                .replace("exporter=\"IPFlow\"", "exporter=\"bpmn-js (https://demo.bpmn.io)\"")
                .replace("${decision == 'approve'}</semantic:conditionExpression>",
                        "\n   ${decision == 'approve'}\n  </semantic:conditionExpression>");

        assertThat(ModelDiff.compare(ModelType.BPMN, grant, rewritten).isEmpty()).isTrue();
    }

    @Test
    void aMovedShapeIsOneLayoutLineAndNoChange() throws IOException {
        String grant = file("bpmn/patent-transformation-grant.bpmn");
        String moved = grant.replace("<dc:Bounds x=\"172\" y=\"232\"", "<dc:Bounds x=\"192\" y=\"232\"");

        ModelDiff.Result diff = ModelDiff.compare(ModelType.BPMN, grant, moved);

        assertThat(diff.changed()).isEmpty();
        assertThat(diff.layout()).isTrue();
    }

    @Test
    void renamedTaskWithNewCandidateGroupsShowsBoth() throws IOException {
        String grant = file("bpmn/patent-transformation-grant.bpmn");
        String edited = grant.replace("name=\"盟市初审\"", "name=\"盟市复审\"")
                .replace("camunda:candidateGroups=\"reviewer-${region}\" camunda:dueDate=\"P5D\"",
                        "camunda:dueDate=\"P5D\" camunda:candidateGroups=\"reviewer-${region},approver\"");

        ModelDiff.Result diff = ModelDiff.compare(ModelType.BPMN, grant, edited);

        assertThat(diff.changed()).singleElement().satisfies(change -> {
            assertThat(change.id()).isEqualTo("Task_RegionalPreReview");
            assertThat(change.values()).containsExactly(
                    new ModelDiff.Value("candidateGroups", "reviewer-${region}", "reviewer-${region},approver"),
                    new ModelDiff.Value("name", "盟市初审", "盟市复审"));
        });
    }

    @Test
    void aDecisionTableCellShowsItsOldAndNewRule() throws IOException {
        String table = file("bpmn/grant-funding-rate.dmn");
        String edited = table.replace("<inputEntry id=\"Rule_Excellent_Score\"><text>&gt;= 85</text>",
                "<inputEntry id=\"Rule_Excellent_Score\"><text>&gt;= 90</text>");

        ModelDiff.Result diff = ModelDiff.compare(ModelType.DMN, table, edited);

        assertThat(diff.changed()).singleElement().satisfies(change -> {
            assertThat(change.id()).isEqualTo("Rule_Excellent_Score");
            assertThat(change.values()).containsExactly(new ModelDiff.Value("text", ">= 85", ">= 90"));
        });
    }

    @Test
    void aFormFieldsLabelAndValidationShowTheirOldAndNewValues() throws IOException {
        String form = file("forms/grant-review.form");
        String edited = form.replace("\"label\": \"审查结论\"", "\"label\": \"初审结论\"")
                .replaceFirst("\"required\": true", "\"required\": false")
                .replace("\"schemaVersion\": 16", "\"schemaVersion\": 18");

        ModelDiff.Result diff = ModelDiff.compare(ModelType.FORM, form, edited);

        assertThat(diff.changed()).singleElement().satisfies(change -> {
            assertThat(change.id()).isEqualTo("Field_decision");
            assertThat(change.values()).containsExactly(new ModelDiff.Value("label", "审查结论", "初审结论"),
                    new ModelDiff.Value("validate.required", "true", "false"));
        });
    }
}
