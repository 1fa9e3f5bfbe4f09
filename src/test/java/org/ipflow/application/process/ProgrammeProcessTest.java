package org.ipflow.application.process;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.ipflow.IpflowTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application with process-test-coverage recording what the Spring-managed engine runs
 * (reports under {@code target/process-test-coverage/<test class>}), and the programmes' drivers. The
 * library's parse listener must be in the engine before the start-up deployment, so these tests share
 * a context of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IpflowTest
@Import({ProcessEngineCoverageConfiguration.class, GrantProcessDriver.class, PledgeProcessDriver.class,
        TestApplications.class})
@interface ProgrammeProcessTest {
}
