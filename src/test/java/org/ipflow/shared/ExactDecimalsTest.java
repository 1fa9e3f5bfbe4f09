package org.ipflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.value.PrimitiveValue;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

class ExactDecimalsTest {

    @Test
    void wholeNumbersBecomeLongsAndOthersStayExact() {
        assertThat(ExactDecimals.toVariable(new BigDecimal("62.50"))).isEqualTo(new BigDecimal("62.5"));
        assertThat(ExactDecimals.toVariable(new BigDecimal("100.00"))).isEqualTo(100L);
        assertThat(ExactDecimals.toVariable(new BigDecimal("1E+3"))).isEqualTo(1000L);
        assertThat(ExactDecimals.toVariable(new BigDecimal("99999999999999999999"))).as("beyond a long")
                .isEqualTo(new BigDecimal("99999999999999999999"));
    }

    @Test
    void readsTheShapesOfOlderVersions() {
        assertThat(ExactDecimals.fromVariable(62.5d)).isEqualByComparingTo("62.5");
        assertThat(ExactDecimals.fromVariable(0.1f)).isEqualByComparingTo("0.1");
        assertThat(ExactDecimals.fromVariable(7)).isEqualByComparingTo("7");
        assertThat(ExactDecimals.fromVariable(" 3.45 ")).isEqualByComparingTo("3.45");
        assertThatIllegalArgumentException().isThrownBy(() -> ExactDecimals.fromVariable(Boolean.TRUE));
        assertThatIllegalArgumentException().isThrownBy(() -> ExactDecimals.fromVariable("1e400"));
    }

    @Test
    void theEngineTypeStoresThePlainTextAndReadsTheSameNumber() {
        DecimalValueSerializer serializer = new DecimalValueSerializer();
        ValueFields fields = Mockito.mock(ValueFields.class);
        PrimitiveValue<BigDecimal> value = serializer.convertToTypedValue(new UntypedValueImpl(new BigDecimal("60000.5")));

        serializer.writeValue(value, fields);
        Mockito.verify(fields).setTextValue("60000.5");
        Mockito.when(fields.getTextValue()).thenReturn("60000.5");
        assertThat(serializer.readValue(fields, false).getValue()).isEqualTo(new BigDecimal("60000.5"));
        assertThat(serializer.getName()).isEqualTo("decimal");
    }

    @Test
    void theEngineTypeTakesBigDecimalsOnlyNeverNulls() {
        DecimalValueSerializer serializer = new DecimalValueSerializer();
        assertThat(serializer.canHandle(new UntypedValueImpl(new BigDecimal("0.3")))).isTrue();
        assertThat(serializer.canHandle(new UntypedValueImpl(null))).isFalse();
        assertThat(serializer.canHandle(new UntypedValueImpl(0.3d))).isFalse();
        assertThat(serializer.canHandle(Variables.doubleValue(0.3d))).isFalse();
    }
}
