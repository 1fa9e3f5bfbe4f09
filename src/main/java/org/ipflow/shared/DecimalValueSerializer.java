package org.ipflow.shared;

import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.impl.variable.serializer.PrimitiveValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.impl.type.PrimitiveValueTypeImpl;
import org.camunda.bpm.engine.variable.impl.value.PrimitiveTypeValueImpl;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.PrimitiveValueType;
import org.camunda.bpm.engine.variable.value.PrimitiveValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The engine variable type {@code decimal}: a {@code BigDecimal} stored as its plain text in the variable's
 * text column and read back as the same {@code BigDecimal} (see {@link ExactDecimals}). Without it the
 * engine would hand a {@code BigDecimal} to Java serialization, which IPFlow's engine refuses.
 */
final class DecimalValueSerializer extends PrimitiveValueSerializer<PrimitiveValue<BigDecimal>> {

    static final PrimitiveValueType DECIMAL = new DecimalType();

    DecimalValueSerializer() {
        super(DECIMAL);
    }

    @Override
    public PrimitiveValue<BigDecimal> convertToTypedValue(UntypedValueImpl untyped) {
        return value((BigDecimal) untyped.getValue(), untyped.isTransient());
    }

    @Override
    public void writeValue(PrimitiveValue<BigDecimal> value, ValueFields fields) {
        fields.setTextValue(value.getValue() == null ? null : value.getValue().toPlainString());
    }

    @Override
    public PrimitiveValue<BigDecimal> readValue(ValueFields fields, boolean asTransientValue) {
        String text = fields.getTextValue();
        return value(text == null ? null : new BigDecimal(text), asTransientValue);
    }

    /** Only a {@code BigDecimal} itself: a null must stay the engine's null type, whichever serializer comes first. */
    @Override
    protected boolean canWriteValue(TypedValue value) {
        return value.getValue() instanceof BigDecimal;
    }

    private static PrimitiveValue<BigDecimal> value(BigDecimal number, boolean isTransient) {
        PrimitiveTypeValueImpl<BigDecimal> value = new PrimitiveTypeValueImpl<>(number, DECIMAL);
        value.setTransient(isTransient);
        return value;
    }

    private static final class DecimalType extends PrimitiveValueTypeImpl {

        private static final long serialVersionUID = 1L;

        DecimalType() {
            super("decimal", BigDecimal.class);
        }

        @Override
        public TypedValue createValue(Object value, Map<String, Object> valueInfo) {
            return new PrimitiveTypeValueImpl<>((BigDecimal) value, this);
        }
    }
}
