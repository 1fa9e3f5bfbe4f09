package org.ipflow.modeling;

import java.lang.reflect.Method;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.ReadOnlyMapELResolver;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;

/**
 * The engine's expression manager with IPFlow's resolver chain: every expression of every model
 * (conditions, input and output parameters, assignees, due dates, delegate expressions, JUEL in a
 * decision table) runs in it, whether or not the deployment validator saw the model. Compared with
 * Camunda 7.24's SpringExpressionManager it drops the BeanELResolver (any property or method of any
 * object), the application-context and process-application resolvers (every bean) and the test
 * mocks, and puts the {@link AllowListElResolver} in front of read-only maps, lists and arrays.
 */
final class SandboxedExpressionManager extends JuelExpressionManager {

    SandboxedExpressionManager(ExpressionAllowList allowList) {
        super(allowList.beans());
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new VariableScopeElResolver());
        resolver.add(new VariableContextElResolver());
        resolver.add(new ReadOnlyMapELResolver(beans));
        resolver.add(new AllowListElResolver());
        resolver.add(new ArrayELResolver(true));
        resolver.add(new ListELResolver(true));
        resolver.add(new MapELResolver(true));
        return resolver;
    }

    /** Only the engine's own functions, which the validator allows too; a function calls Java directly. */
    @Override
    public void addFunction(String name, Method function) {
        if (!ExpressionAllowList.FUNCTIONS.contains(name)) {
            throw new IllegalArgumentException("function '" + name + "' is not on IPFlow's expression allow-list");
        }
        super.addFunction(name, function);
    }
}
