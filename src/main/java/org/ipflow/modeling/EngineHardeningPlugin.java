package org.ipflow.modeling;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Limits what a deployed model can reach. Both the beans map and a new expression manager are
 * needed: the factory bean has already built an unrestricted expression manager before plugins run.
 * The expression manager enforces the {@link ExpressionAllowList} where expressions run; the parse
 * listener and the deployer check the same list where models are deployed.
 */
@Component
class EngineHardeningPlugin extends AbstractProcessEnginePlugin {

    private final ApplicationContext context;

    EngineHardeningPlugin(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ExpressionBeans beans = new ExpressionBeans(context);
        ExpressionAllowList allowList = new ExpressionAllowList(beans);
        configuration.setBeans(beans);
        configuration.setExpressionManager(new SandboxedExpressionManager(allowList));
        configuration.setScriptEngineResolver(new NoScriptEngines());
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new ModelSafetyParseListener(new ModelRules(allowList)));
        if (configuration.getCustomPreDeployers() == null) {
            configuration.setCustomPreDeployers(new ArrayList<>());
        }
        configuration.getCustomPreDeployers().add(new ModelValidationDeployer(context));
        configuration.setDeserializationTypeValidationEnabled(true);
        configuration.setEnableXxeProcessing(false);
    }
}
