package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.Map;
import org.ipflow.application.internal.ExpertScores;
import org.ipflow.shared.ProcessVariables;
import org.junit.jupiter.api.Test;

class ExpertScoringTest {

    private final ExpertScores scores = mock(ExpertScores.class);
    private final ExpertScoring scoring = new ExpertScoring(scores, new org.springframework.context.support.StaticMessageSource());

    @Test
    void theFirstScoreStartsTheCountersAProgrammeWithoutScoringNeverHas() {
        when(scores.record(42, "Task_ExpertScoring", 0, "expert1", new BigDecimal("90"), "task-1")).thenReturn(true);

        assertThat(scoring.add(42, "Task_ExpertScoring", "task-1", "expert1", new BigDecimal("90"), Map.of()))
                .contains(Map.of(ProcessVariables.SCORE_SUM, 90L, ProcessVariables.SCORE_COUNT, 1L,
                        ProcessVariables.SCORERS, "expert1"));
    }

    @Test
    void laterScoresAddToTheRound() {
        when(scores.record(42, "Task_ExpertScoring", 1, "expert3", new BigDecimal("80"), "task-3")).thenReturn(true);

        assertThat(scoring.add(42, "Task_ExpertScoring", "task-3", "expert3", new BigDecimal("80"), Map.of(
                ProcessVariables.SCORE_SUM, 175L, ProcessVariables.SCORE_COUNT, 2L, ProcessVariables.SCORE_ROUND, 1L,
                ProcessVariables.SCORERS, "expert1,expert2")))
                .contains(Map.of(ProcessVariables.SCORE_SUM, 255L, ProcessVariables.SCORE_COUNT, 3L,
                        ProcessVariables.SCORERS, "expert1,expert2,expert3"));
    }

    @Test
    void anExpertWhoScoredThisRoundIsAnsweredAtOnce() {
        assertThat(scoring.add(42, "Task_ExpertScoring", "task-2", "expert1", new BigDecimal("70"), Map.of(
                ProcessVariables.SCORE_SUM, 90L, ProcessVariables.SCORE_COUNT, 1L, ProcessVariables.SCORERS, "expert1")))
                .isEmpty();
        verify(scores, never()).record(anyLong(), anyString(), anyLong(), anyString(), any(), anyString());
    }

    @Test
    void aScoreThatRacedPastTheListIsRefusedByTheTablesKey() {
        when(scores.record(42, "Task_ExpertScoring", 0, "expert1", new BigDecimal("70"), "task-2")).thenReturn(false);

        assertThat(scoring.add(42, "Task_ExpertScoring", "task-2", "expert1", new BigDecimal("70"), Map.of())).isEmpty();
    }
}
