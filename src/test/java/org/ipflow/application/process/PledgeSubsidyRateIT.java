package org.ipflow.application.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.ipflow.IpflowTest;
import org.ipflow.application.process.pledge.PledgeProcess;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The rows of {@code bpmn/pledge-subsidy.dmn}, as deployed at start-up. */
@IpflowTest
class PledgeSubsidyRateIT {

    @Autowired
    DecisionService decisions;

    @ParameterizedTest(name = "IP share {0}%, interest paid {1} -> rate {2}")
    @CsvSource({
            "100,   80000, 0.6",
            "99.99, 80000, 0.5",
            "50,    80000, 0.5",
            "49.99, 80000, 0.3",
            "20,    80000, 0.3",
            "19.99, 80000, 0",
            "0,     80000, 0",
            "100,   0,     0",
            "60,    0,     0",
            "10,    0,     0",
    })
    void subsidyRateFollowsTheIpShareOfTheCollateral(double ipShare, double interestPaid, double rate) {
        var result = decisions.evaluateDecisionTableByKey(PledgeProcess.SUBSIDY_DECISION, Variables.createVariables()
                .putValue("ipShare", ipShare).putValue("interestPaid", interestPaid)).getSingleResult();
        assertThat(result.<Double>getEntry("subsidyRate")).isEqualTo(rate);
        assertThat(result.<Double>getEntry("yearlyCap")).isEqualTo(500_000.0);
    }
}
