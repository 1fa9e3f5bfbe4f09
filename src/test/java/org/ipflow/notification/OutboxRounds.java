package org.ipflow.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's sender for tests of other modules' channels (webhooks): one round in the application's context,
 * or two nodes' senders at once on a bare database.
 */
public final class OutboxRounds {

    private OutboxRounds() {
    }

    /** Sends every due message of the context's outbox now, as the scheduled sender would. */
    public static void drain(ApplicationContext context) {
        OutboxSender sender = context.getBean(OutboxSender.class);
        while (sender.sendDue() > 0) {
            Thread.onSpinWait();
        }
    }

    /** The outbox alone on a bare database (its migration only), with two nodes' senders. */
    public static final class TwoNodes {

        private final OutboxOnDatabase outbox;

        public TwoNodes(DataSource dataSource) {
            this.outbox = new OutboxOnDatabase(dataSource);
        }

        /** Writes a message as a caller would, in a transaction of its own; empty for a dedupe key already written. */
        public Optional<Long> enqueue(Channel channel, String recipient, String address, String kind, String subject,
                String body, String dedupeKey) {
            return new TransactionTemplate(outbox.transactions).execute(status -> outbox.store.insert(new NewMessage(
                    channel, recipient, address, kind, Locale.ENGLISH.getLanguage(), subject, body, dedupeKey),
                    Instant.now()));
        }

        /** Two senders on their own threads, started together, each sending until nothing is due. */
        public void sendAll(Transport transport, Clock clock) throws Exception {
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService nodes = Executors.newFixedThreadPool(2);
            try {
                List<Future<Object>> running = List.of(1, 2).stream().map(node -> nodes.submit(() -> {
                    OutboxSender sender = outbox.sender(transport, OutboxOnDatabase.settings(3), clock);
                    start.await();
                    while (sender.sendDue() > 0) {
                        Thread.onSpinWait();
                    }
                    return null;
                })).toList();
                start.countDown();
                for (Future<Object> node : running) {
                    node.get();
                }
            } finally {
                nodes.shutdownNow();
            }
        }

        public String status(long id) {
            return outbox.status(id);
        }
    }
}
