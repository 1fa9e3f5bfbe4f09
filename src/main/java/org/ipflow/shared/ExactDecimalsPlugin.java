package org.ipflow.shared;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.springframework.stereotype.Component;

/**
 * Registers the {@code decimal} variable type ({@link DecimalValueSerializer}) ahead of the engine's own
 * serializers, so that a {@code BigDecimal} set as a variable is stored exactly instead of reaching the
 * object serializers. Every node of a cluster runs it: a variable of this type cannot be read without it.
 */
@Component
class ExactDecimalsPlugin extends AbstractProcessEnginePlugin {

    @Override
    @SuppressWarnings("rawtypes")
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<TypedValueSerializer> first = configuration.getCustomPreVariableSerializers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPreVariableSerializers());
        first.add(new DecimalValueSerializer());
        configuration.setCustomPreVariableSerializers(first);
    }
}
