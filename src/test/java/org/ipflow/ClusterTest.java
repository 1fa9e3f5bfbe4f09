package org.ipflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that starts several {@link ClusterNode}s on one PostgreSQL database: the slowest kind. Tagged
 * {@code cluster} (and {@code postgres}, which it needs) so that {@code -Pfast} can leave it out.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("cluster")
@PostgresTest
public @interface ClusterTest {
}
