package org.ipflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeelExpressionsTest {

    private final FeelExpressions feel = new FeelExpressions();

    @Test
    void onlyStringsStartingWithEqualsAreExpressions() {
        assertThat(FeelExpressions.isExpression("=a")).isTrue();
        assertThat(FeelExpressions.isExpression("a = 1")).isFalse();
        assertThat(feel.evaluate("plain text", Map.of())).isEqualTo("plain text");
        assertThat(feel.evaluate(5, Map.of())).isEqualTo(5);
    }

    @Test
    void evaluatesAgainstFormValuesAndProcessVariables() {
        Map<String, Object> context = Map.of("recommendedAmount", 60000L, "decision", "approve",
                "rows", List.of(Map.of("amount", 2), Map.of("amount", 3)));
        assertThat(feel.number("=recommendedAmount", context)).isEqualByComparingTo("60000");
        assertThat(feel.holds("=decision = \"approve\"", context)).isTrue();
        assertThat(feel.holds("=decision = \"return\"", context)).isFalse();
        assertThat(feel.evaluate("=sum(rows.amount)", context)).isEqualTo(new BigDecimal("5"));
    }

    @Test
    void aFailingOrNonBooleanConditionDoesNotHold() {
        // form-js hides only when the result is exactly true
        assertThat(feel.holds("=unknownField", Map.of())).isFalse();
        assertThat(feel.holds("=\"yes\"", Map.of())).isFalse();
        assertThat(feel.holds("=1 +", Map.of())).isFalse();
        assertThat(feel.number("=\"many\"", Map.of())).isNull();
    }

    @Test
    void noJavaIsReachable() {
        String external = "=(function(x) external {java: {class: \"java.lang.System\", "
                + "method signature: \"getProperty(java.lang.String)\"}})(\"user.home\")";
        assertThat(feel.evaluate(external, Map.of())).isNull();
        // an object in the context is left out instead of being read through its getters
        assertThat(feel.evaluate("=thread", Map.of("thread", Thread.currentThread()))).isNull();
        assertThat(feel.evaluate("=\"" + "x".repeat(FeelExpressions.MAX_LENGTH) + "\"", Map.of())).isNull();
    }
}
