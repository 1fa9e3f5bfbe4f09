package org.ipflow;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a Spring test context at a real PostgreSQL: one server per test JVM (zonky's binaries, no
 * Docker), started on first use and stopped at JVM exit after the contexts; each context gets a fresh
 * database of its own, so a context with other profiles never sees another context's users or rows.
 */
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        // Added in front of every other property source: wins over application-postgres.yml and the environment.
        TestPropertyValues.of(
                "spring.datasource.url=" + newDatabase(),
                "spring.datasource.username=postgres",
                "spring.datasource.password=",
                "camunda.bpm.job-execution.enabled=false").applyTo(context);
    }

    /** Creates an empty database on the shared server and returns its JDBC URL (user postgres, no password). */
    public static String newDatabase() {
        EmbeddedPostgres server = Server.INSTANCE;
        String database = "ipflow_" + DATABASES.incrementAndGet();
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + database, e);
        }
        return server.getJdbcUrl("postgres", database);
    }

    /** The server, started when first needed (class-holder idiom: once, thread-safe). */
    private static final class Server {

        static final EmbeddedPostgres INSTANCE = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
                // Stopped by Spring Boot's shutdown hook after it has closed every context: stopped any earlier,
                // the engine's closing command would wait for a connection until the pool's time-out.
                SpringApplication.getShutdownHandlers().add(() -> {
                    try {
                        postgres.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                return postgres;
            } catch (IOException e) {
                throw new IllegalStateException("cannot start the embedded PostgreSQL", e);
            }
        }
    }
}
