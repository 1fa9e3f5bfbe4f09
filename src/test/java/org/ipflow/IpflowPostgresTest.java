package org.ipflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application with the production profile {@code postgres} on a real PostgreSQL, plus the demo
 * users, on a random port. Unlike {@link IpflowTest} it does not load the H2 test properties; only the
 * per-address registration quota is lifted, as every test registers its enterprises from one address.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ipflow.registration.max-per-address=100000")
@ActiveProfiles({"postgres", "demo"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@PostgresTest
public @interface IpflowPostgresTest {
}
