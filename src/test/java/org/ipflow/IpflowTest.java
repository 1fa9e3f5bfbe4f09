package org.ipflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application on a private in-memory database with the demo users, on a random port, with a clock
 * tests may stop ({@link MovableClock}). One
 * annotation for all, with MockMvc and metrics export (as in production: /actuator/prometheus) always on, so
 * that the tests share one cached context: each further context starts another engine, seconds each.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@AutoConfigureObservability(tracing = false)
@ActiveProfiles("demo")
@TestPropertySource(locations = "classpath:ipflow-test.properties")
@Import(MovableClock.InContext.class)
public @interface IpflowTest {
}
