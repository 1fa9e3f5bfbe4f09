package org.ipflow.application.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.ipflow.application.DecisionRecords;
import org.springframework.stereotype.Component;

/**
 * Writes the timeline entries of steps no person takes (actor {@link DecisionRecords#SYSTEM}), in the
 * transaction of the step itself, so the timeline never shows a step the engine rolled back.
 */
@Component
class ProcessTimeline {

    private final DecisionRecords records;
    private final ObjectMapper json;

    ProcessTimeline(DecisionRecords records, ObjectMapper json) {
        this.records = records;
        this.json = json;
    }

    void record(DelegateExecution execution, long applicationId, String decision, String comment,
            Map<String, ?> details) {
        String stepName = execution.getCurrentActivityName() == null ? execution.getCurrentActivityId()
                : execution.getCurrentActivityName();
        records.record(applicationId, null, execution.getCurrentActivityId(), stepName, DecisionRecords.SYSTEM,
                decision, comment, details == null || details.isEmpty() ? null : write(details));
    }

    private String write(Map<String, ?> details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("timeline details cannot be written as JSON", e);
        }
    }
}
