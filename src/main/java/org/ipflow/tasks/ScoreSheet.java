package org.ipflow.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
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

    /**
     * One expert's score of a scoring step; {@code far} when it lies further than the threshold from the median
     * of the step's scores.
     */
    record Score(String stepKey, String stepName, String expert, BigDecimal score, String comment, Instant scoredAt,
            boolean far, List<CriterionScore> criteria) {
    }

    /** A criterion's score and comment in a rubric scoring, by the criterion's key. */
    record CriterionScore(String key, BigDecimal score, String comment) {
    }

    private final ObjectMapper json;

    ScoreSheet(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The scores in the timeline, oldest first, each flagged when further than the programme's threshold from
     * the others of its step.
     */
    List<Score> of(List<Decision> timeline, BigDecimal threshold) {
        List<Score> scores = timeline.stream().filter(ScoreSheet::isScore).map(d -> new Score(d.stepKey(),
                d.stepName(), d.actor(), score(d.details()), d.comment(), d.decidedAt(), false, criteria(d.details())))
                .toList();
        return scores.stream().map(s -> new Score(s.stepKey(), s.stepName(), s.expert(), s.score(), s.comment(),
                s.scoredAt(), far(s, scores, threshold), s.criteria())).toList();
    }

    // The median, not the mean: one score far off would pull the mean of three away from the two that agree.
    private static boolean far(Score score, List<Score> all, BigDecimal threshold) {
        List<BigDecimal> step = all.stream().filter(o -> o.stepKey().equals(score.stepKey()) && o.score() != null)
                .map(Score::score).sorted().toList();
        if (score.score() == null || step.size() < 2) {
            return false;
        }
        int middle = step.size() / 2;
        BigDecimal median = step.size() % 2 == 1 ? step.get(middle)
                : step.get(middle - 1).add(step.get(middle)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
        return score.score().subtract(median).abs().compareTo(threshold) > 0;
    }

    /** The timeline without the scores of the given scoring step, for an expert about to score it. */
    static List<Decision> withoutScoresOf(String stepKey, List<Decision> timeline) {
        return timeline.stream().filter(d -> !(isScore(d) && stepKey.equals(d.stepKey()))).toList();
    }

    private static boolean isScore(Decision decision) {
        return DecisionKind.SCORE.value().equals(decision.decision());
    }

    private BigDecimal score(String details) {
        JsonNode score = read(details).get(ProcessVariables.SCORE);
        return score == null || !score.isNumber() ? null : score.decimalValue();
    }

    /** The criteria of a rubric scoring in the rubric's order; none for a single score. */
    private List<CriterionScore> criteria(String details) {
        JsonNode read = read(details);
        JsonNode scores = read.path(RubricScoring.SCORES);
        JsonNode comments = read.path(RubricScoring.COMMENTS);
        List<CriterionScore> criteria = new ArrayList<>();
        scores.fieldNames().forEachRemaining(key -> criteria.add(new CriterionScore(key,
                scores.get(key).decimalValue(), comments.path(key).isTextual() ? comments.get(key).asText() : null)));
        return criteria;
    }

    private JsonNode read(String details) {
        if (details == null) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(details);
        } catch (JsonProcessingException unreadable) {
            // An entry written before details were kept as JSON: its score is not shown, the entry still is.
            return json.createObjectNode();
        }
    }
}
