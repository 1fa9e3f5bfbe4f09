package org.ipflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.ipflow.identity.SliceSecurity;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;

/**
 * IPFlow's web layer alone, without database or engine: every controller, advice and filter, the real security
 * configuration, and mocks for the services behind them ({@link SliceCollaborators}). One annotation for all
 * slice tests, so that they share one context of a few seconds' start.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// Beans are made when a request first needs them: a test pays only for the controllers and mocks it calls.
@WebMvcTest(properties = "spring.main.lazy-initialization=true")
@Import({SliceSecurity.class, SliceCollaborators.class})
// The slice tests share their mocks, so they run one after another (beside other unit tests).
@ResourceLock("web-slice")
public @interface WebSliceTest {
}
