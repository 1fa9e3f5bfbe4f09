package org.ipflow.application.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.ipflow.IpflowTest;
import org.ipflow.application.process.grant.GrantProcess;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The rows of {@code bpmn/grant-funding-rate.dmn}, as deployed at start-up. */
@IpflowTest
class GrantFundingRateIT {

    @Autowired
    DecisionService decisions;

    @ParameterizedTest(name = "mean score {0}, fee paid {1} -> rate {2}")
    @CsvSource({
            "100,   200000, 0.5",
            "85,    200000, 0.5",
            "84.99, 200000, 0.3",
            "70,    200000, 0.3",
            "69.99, 200000, 0.2",
            "60,    200000, 0.2",
            "59.99, 200000, 0",
            "0,     200000, 0",
            "90,    0,      0",
            "40,    0,      0",
    })
    void fundingRateFollowsTheMeanScore(double meanScore, double eligibleCost, double rate) {
        var result = decisions.evaluateDecisionTableByKey(GrantProcess.FUNDING_DECISION, Variables.createVariables()
                .putValue("meanScore", meanScore).putValue("eligibleCost", eligibleCost)).getSingleResult();
        assertThat(result.<Double>getEntry("fundingRate")).isEqualTo(rate);
        assertThat(result.<Double>getEntry("yearlyCap")).isEqualTo(500_000.0);
    }
}
