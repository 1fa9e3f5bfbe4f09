package org.ipflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Makes the test's own engine the one Camunda's REST API finds. The REST layer looks the engine up by its
 * name ("default") in a registry that is static to the JVM, while a test run caches several Spring contexts,
 * each with an engine of that name: the registry holds whichever registered last, or none once a closed
 * context unregistered its engine, so a test's {@code /engine-rest} call could reach another context's
 * database (or answer 404 "process engine default not available"). In production one JVM has one engine.
 */
public class CurrentEngineListener extends AbstractTestExecutionListener {

    @Override
    public void prepareTestInstance(TestContext context) {
        register(context);
    }

    @Override
    public void beforeTestMethod(TestContext context) {
        register(context);
    }

    private static void register(TestContext context) {
        if (context.hasApplicationContext()) {
            context.getApplicationContext().getBeanProvider(ProcessEngine.class)
                    .ifAvailable(ProcessEngines::registerProcessEngine);
        }
    }
}
