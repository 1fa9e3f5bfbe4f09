package org.ipflow.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.ipflow.programme.Rubric.Criterion;
import org.junit.jupiter.api.Test;

class RubricTest {

    @Test
    void theTotalIsTheWeightedMeanOfEachCriterionsShareOfItsMaximumOnAHundred() {
        Rubric rubric = new Rubric(List.of(criterion("technical", 3, 10), criterion("budget", 1, 100)));
        // technical 7 of 10 = 70 (weight 3), budget 90 of 100 (weight 1): (210 + 90) / 4 = 75
        assertThat(rubric.weightedMean(Map.of("technical", new BigDecimal("7"), "budget", new BigDecimal("90"))))
                .isEqualByComparingTo("75");
        // 8.5 of 10 = 85 and 0: 255 / 4 = 63.75, rounded to whole points as the decision table reads them
        assertThat(rubric.weightedMean(Map.of("technical", new BigDecimal("8.5"), "budget", BigDecimal.ZERO)))
                .isEqualByComparingTo("64");
    }

    private static Criterion criterion(String key, int weight, int maximum) {
        return new Criterion(key, key, key, BigDecimal.valueOf(weight), BigDecimal.valueOf(maximum), null, null);
    }
}
