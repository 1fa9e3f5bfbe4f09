package org.ipflow.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.ipflow.IpflowTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rows of {@code bpmn/certification-level.dmn}, as deployed at start-up: clause scores in clause
 * order (context, leadership, planning, support, operation, performance evaluation, improvement; weights
 * 10/15/15/15/25/10/10 %), then the profile.
 */
@IpflowTest
class CertificationLevelIT {

    @Autowired
    DecisionService decisions;

    @ParameterizedTest(name = "{0} {1} {2} {3} {4} {5} {6}, {7} inventions, {8} yuan, {9} staff -> {10}")
    @CsvSource({
            // all clauses strong, demonstration profile
            "90, 90, 90, 90, 90, 90, 90, 10, 1000000, 3, DEMONSTRATION",
            "85, 85, 85, 85, 85, 85, 85, 12, 2000000, 5, DEMONSTRATION",
            // a high weighted total, but one clause under 70: pilot only
            "100, 100, 100, 100, 69, 100, 100, 15, 2000000, 5, PILOT",
            // demonstration scores, profile short of it in one respect each
            "90, 90, 90, 90, 90, 90, 90, 9, 1000000, 3, PILOT",
            "90, 90, 90, 90, 90, 90, 90, 10, 999999, 3, PILOT",
            "90, 90, 90, 90, 90, 90, 90, 10, 1000000, 2, PILOT",
            // pilot thresholds: weighted 70, lowest 60, one invention patent
            "70, 70, 70, 70, 70, 70, 70, 1, 0, 0, PILOT",
            "60, 80, 80, 70, 70, 70, 60, 1, 0, 0, PILOT",
            "70, 70, 70, 70, 70, 70, 70, 0, 500000, 2, FAIL",
            "69, 69, 69, 69, 69, 69, 69, 5, 500000, 2, FAIL",
            "90, 90, 90, 90, 90, 90, 59, 5, 500000, 2, FAIL",
            // a clause under 50, or a weighted total under 60, fails whatever the profile
            "95, 95, 95, 95, 95, 95, 49, 30, 5000000, 9, FAIL",
            "59, 59, 59, 59, 59, 59, 59, 30, 5000000, 9, FAIL",
            "0, 0, 0, 0, 0, 0, 0, 0, 0, 0, FAIL",
    })
    void levelFollowsTheScoresAndTheProfile(long context, long leadership, long planning, long support, long operation,
            long evaluation, long improvement, long inventionPatents, double ipBudget, long ipStaff, String level) {
        VariableMap variables = Variables.createVariables();
        long[] scores = {context, leadership, planning, support, operation, evaluation, improvement};
        for (int i = 0; i < scores.length; i++) {
            variables.putValue(CertificationProcess.Variables.CLAUSE_SCORES[i], scores[i]);
        }
        variables.putValue("inventionPatents", inventionPatents).putValue("ipBudget", ipBudget)
                .putValue("ipStaff", ipStaff);
        var result = decisions.evaluateDecisionTableByKey(CertificationProcess.LEVEL_DECISION, variables)
                .getSingleResult();
        assertThat(result.<String>getEntry("level")).isEqualTo(level);
        assertThat(result.<String>getEntry("reason")).isNotBlank();
    }
}
