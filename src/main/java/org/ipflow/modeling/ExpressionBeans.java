package org.ipflow.modeling;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationContext;

/**
 * The only beans a model's expressions can name: IPFlow's own delegates and listeners (the building
 * blocks). Resolved lazily, because the delegates depend on engine services that do not exist yet when
 * the engine is configured.
 */
public final class ExpressionBeans extends AbstractMap<Object, Object> {

    private static final String OWN_PACKAGE = "org.ipflow.";

    private final ApplicationContext context;
    private volatile Set<String> names;

    ExpressionBeans(ApplicationContext context) {
        this.context = context;
    }

    /** Bean names a model may use in {@code camunda:delegateExpression} and listener expressions. */
    public Set<String> names() {
        Set<String> current = names;
        if (current == null) {
            current = Stream.of(JavaDelegate.class, TaskListener.class, ExecutionListener.class)
                    .flatMap(type -> Arrays.stream(context.getBeanNamesForType(type, false, false)))
                    .filter(name -> {
                        Class<?> type = context.getType(name, false);
                        return type != null && type.getName().startsWith(OWN_PACKAGE);
                    })
                    .collect(Collectors.toUnmodifiableSet());
            names = current;
        }
        return current;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String name && names().contains(name);
    }

    @Override
    public Object get(Object key) {
        return containsKey(key) ? context.getBean((String) key) : null;
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        return names().stream().<Entry<Object, Object>>map(name -> Map.entry(name, context.getBean(name)))
                .collect(Collectors.toUnmodifiableSet());
    }
}
