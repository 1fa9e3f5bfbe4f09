package org.ipflow.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's store and senders on a bare database with the outbox's own migration only: no Spring context,
 * so that the sender's rules are tested in a fraction of a second, on H2 and on a real PostgreSQL alike.
 */
final class OutboxOnDatabase {

    final JdbcClient jdbc;
    final PlatformTransactionManager transactions;
    final OutboxStore store;

    OutboxOnDatabase(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new DataSourceTransactionManager(dataSource);
        this.store = new OutboxStore(jdbc, transactions);
        try (InputStream script = getClass().getResourceAsStream("/db/migration/V27__outbound_message.sql")) {
            String sql = new String(script.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            for (String statement : sql.split(";")) {
                if (!statement.isBlank()) {
                    jdbc.sql(statement).update();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NotificationSettings settings(int maxAttempts) {
        return new NotificationSettings(maxAttempts, java.time.Duration.ofMinutes(1), java.time.Duration.ofMinutes(5),
                20, "http://ipflow.test", "ipflow@localhost", new NotificationSettings.Sms(null, null, "IPFlow"));
    }

    OutboxSender sender(Transport transport, NotificationSettings settings, Clock clock) {
        var beans = new StaticListableBeanFactory(Map.of("clock", clock));
        return new OutboxSender(store, new Transports(List.of(transport)), settings, transactions,
                beans.getBeanProvider(Clock.class));
    }

    /** Writes a message as a caller would, in a transaction of its own. */
    long enqueue(String address, String dedupeKey) {
        Optional<Long> id = new TransactionTemplate(transactions).execute(status -> store.insert(new NewMessage(
                Channel.EMAIL, "someone", address, "test", Locale.CHINESE.getLanguage(), "主题", "正文", dedupeKey),
                java.time.Instant.now()));
        return id.orElse(-1L);
    }

    String status(long id) {
        return store.find(id).orElseThrow().status();
    }
}
