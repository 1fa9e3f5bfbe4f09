package org.ipflow.identity;

import org.ipflow.shared.ApiProblems;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * IPFlow's own filter chains ({@link SecurityConfig}: role rules, CSRF, entry points, headers) for a web slice.
 * Authentication itself needs the engine's identity service, which a slice does not start: slice tests say who
 * calls with MockMvc's {@code user(...)} instead of logging in.
 */
@TestConfiguration(proxyBeanMethods = false)
// The API's error format too: refusals of the chains and the advice are written by it, so it cannot be a mock.
@Import({SecurityConfig.class, ApiProblems.class})
public class SliceSecurity {
}
