package org.ipflow.modeling;

import java.beans.FeatureDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.ipflow.modeling.ExpressionAllowList.Receiver;

/**
 * The run-time half of the {@link ExpressionAllowList}: resolves the listed members of an execution,
 * a task and a decision result, leaves maps, lists and arrays to the read-only resolvers after it, and
 * refuses every other property and every other method call on any object. JUEL 7.24 sends every
 * method call of a value expression through {@link ELResolver#invoke} (AstMethod), and no bean
 * resolver follows this one, so nothing reaches an object's methods except through here.
 */
final class AllowListElResolver extends ELResolver {

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base == null) {
            return null;
        }
        Optional<Receiver> receiver = ExpressionAllowList.receiverOf(base);
        Optional<String> getter = receiver.flatMap(r -> property instanceof String name ? r.getter(name) : Optional.empty());
        if (getter.isPresent()) {
            return call(context, base, receiver.get().method(getter.get(), 0).orElseThrow(), new Object[0]);
        }
        if (!isPlainData(base)) {
            throw refused(base, String.valueOf(property));
        }
        return null;
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null) {
            return null;
        }
        Object[] arguments = params == null ? new Object[0] : params;
        String name = String.valueOf(method);
        Method target = ExpressionAllowList.receiverOf(base).flatMap(r -> r.method(name, arguments.length))
                .orElseThrow(() -> refused(base, name + "()"));
        Class<?>[] types = target.getParameterTypes();
        Object[] converted = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            converted[i] = context.convertToType(arguments[i], types[i]);
        }
        return call(context, base, target, converted);
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (base != null && !isPlainData(base)) {
            throw refused(base, String.valueOf(property));
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return true;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }

    private static boolean isPlainData(Object base) {
        return base instanceof Map || base instanceof List || base.getClass().isArray();
    }

    private static Object call(ELContext context, Object base, Method method, Object[] arguments) {
        try {
            Object result = method.invoke(base, arguments);
            context.setPropertyResolved(true);
            return result;
        } catch (IllegalAccessException e) {
            throw new ELException("cannot call " + method.getName(), e);
        } catch (InvocationTargetException e) {
            throw new ELException(method.getName() + " failed", e.getCause());
        }
    }

    private static ExpressionRefused refused(Object base, String member) {
        return new ExpressionRefused("expression member not allowed: '" + member + "' of " + base.getClass().getName()
                + " is not on IPFlow's allow-list; expressions may read variables, their maps and lists, and "
                + ExpressionAllowList.describe());
    }

    /** A step the allow-list refuses; without a cause, so that the engine's error quotes the expression. */
    static final class ExpressionRefused extends ELException {

        ExpressionRefused(String message) {
            super(message);
        }
    }
}
