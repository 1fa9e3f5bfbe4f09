package org.ipflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.ipflow.application.Decision;
import org.junit.jupiter.api.Test;

/** The approver's score sheet flags a score far from its step's others, and only that one. */
class ScoreSheetTest {

    final ScoreSheet sheet = new ScoreSheet(new ObjectMapper());
    final BigDecimal threshold = new BigDecimal("20");

    @Test
    void aScoreFarFromTheMedianOfItsStepIsFlagged() {
        List<ScoreSheet.Score> scores = sheet.of(List.of(score("expert1", 90), score("expert2", 85), score("expert3", 40)), threshold);

        assertThat(scores).extracting(ScoreSheet.Score::expert, ScoreSheet.Score::far).containsExactly(
                org.assertj.core.groups.Tuple.tuple("expert1", false), org.assertj.core.groups.Tuple.tuple("expert2", false),
                org.assertj.core.groups.Tuple.tuple("expert3", true));
        assertThat(sheet.of(List.of(score("expert1", 90), score("expert2", 70), score("expert3", 80)), threshold))
                .noneMatch(ScoreSheet.Score::far);
    }

    private static Decision score(String expert, int score) {
        return new Decision(1L, 1L, "task-" + expert, "Task_ExpertScoring", "专家评审打分", expert, Instant.now(), "score",
                "意见", null, "{\"score\":" + score + "}", null);
    }
}
