package org.ipflow.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.ipflow.application.Decision;
import org.ipflow.application.DecisionKind;
import org.ipflow.shared.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * The experts' scores of an application as the office reads them from its timeline: each score with its
 * expert and comment, for the steps that decide on them (the approver's), and the timeline an expert sees
 * while scoring, without the scores of the step they are to score, so that no score leans on another.
 */
@Component
class ScoreSheet {

    /** One expert's score of a scoring step. */
    record Score(String stepName, String expert, BigDecimal score, String comment, Instant scoredAt) {
    }

    private final ObjectMapper json;

    ScoreSheet(ObjectMapper json) {
        this.json = json;
    }

    /** The scores in the timeline, oldest first. */
    List<Score> of(List<Decision> timeline) {
        return timeline.stream().filter(ScoreSheet::isScore)
                .map(d -> new Score(d.stepName(), d.actor(), score(d.details()), d.comment(), d.decidedAt())).toList();
    }

    /** The timeline without the scores of the given scoring step, for an expert about to score it. */
    static List<Decision> withoutScoresOf(String stepKey, List<Decision> timeline) {
        return timeline.stream().filter(d -> !(isScore(d) && stepKey.equals(d.stepKey()))).toList();
    }

    private static boolean isScore(Decision decision) {
        return DecisionKind.SCORE.value().equals(decision.decision());
    }

    private BigDecimal score(String details) {
        if (details == null) {
            return null;
        }
        try {
            JsonNode score = json.readTree(details).get(ProcessVariables.SCORE);
            return score == null || !score.isNumber() ? null : score.decimalValue();
        } catch (JsonProcessingException unreadable) {
            // An entry written before details were kept as JSON: its score is not shown, the entry still is.
            return null;
        }
    }
}
