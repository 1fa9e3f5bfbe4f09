package org.ipflow.application.process;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The test class's runs must cover 90% of the flow nodes and of the sequence flows of the process with
 * this key ({@link ProcessCoverageGate}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestExecutionListeners(listeners = ProcessCoverageGate.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@interface CoverageGate {

    /** The process key, which is also the BPMN file's name in {@code bpmn/}. */
    String value();
}
