package org.ipflow.tasks;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one index IPFlow adds to an engine table: the engine's task table by due date, the inbox's default
 * order, so that the first page of ten thousand open tasks is read in order instead of sorted. Flyway cannot
 * create it (it runs before the engine creates its tables on a new database), so it is created once the
 * application is ready, if missing; on PostgreSQL concurrently, so that an upgrade does not block task writes.
 */
@Component
class InboxIndex {

    static final String NAME = "IPFLOW_IX_TASK_DUE";
    private static final Logger log = LoggerFactory.getLogger(InboxIndex.class);

    private final DataSource dataSource;

    InboxIndex(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createIfMissing() {
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                    .contains("postgres");
            connection.setAutoCommit(true);
            try (var statement = connection.createStatement()) {
                statement.execute("create index " + (postgres ? "concurrently " : "") + "if not exists " + NAME
                        + " on ACT_RU_TASK (DUE_DATE_, ID_)");
            }
        } catch (SQLException e) {
            // Another node creating it at the same moment, or no right to: the inbox works without it, slower.
            log.warn("inbox index {} not created: {}", NAME, e.getMessage());
        }
    }
}
