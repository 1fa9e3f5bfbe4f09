package org.ipflow.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Separation of duties is on for every programme but those a configuration lists as exempt. */
class DutySettingsTest {

    @Test
    void onUnlessTheProgrammeIsExempt() {
        DutySettings settings = new DutySettings(List.of("pledge-financing"));
        assertThat(settings.appliesTo("pledge-financing")).isFalse();
        assertThat(settings.appliesTo("patent-transformation-grant")).isTrue();
        assertThat(new DutySettings(null).appliesTo("pledge-financing")).as("default: on everywhere").isTrue();
    }

    @Test
    void theInboxLeavesExemptProgrammesAlone() {
        var parameters = new java.util.HashMap<String, Object>();
        String condition = new SeparationOfDuties(null, new DutySettings(List.of("pledge-financing")), null, null)
                .inboxCondition(parameters);
        assertThat(condition).contains("A.programme_key <> #{sodExempt0}", "D.review_step = true",
                "D.step_key <> RES.TASK_DEF_KEY_", "RES.ASSIGNEE_ is null");
        assertThat(parameters).isEqualTo(Map.of("sodExempt0", "pledge-financing"));
    }
}
