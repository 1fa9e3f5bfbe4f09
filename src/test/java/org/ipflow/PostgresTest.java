package org.ipflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test on the embedded PostgreSQL of {@link PostgresTestDatabase}: slow to start a server. Tagged
 * {@code postgres} so that {@code -Pfast} can leave it out; {@code mvn verify} still runs it.
 * {@link IpflowPostgresTest} carries it; a test that opens the database itself puts it on its class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
public @interface PostgresTest {
}
