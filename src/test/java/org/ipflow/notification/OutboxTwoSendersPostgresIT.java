package org.ipflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.ipflow.MovableClock;
import org.ipflow.PostgresTest;
import org.ipflow.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two nodes' senders on one real PostgreSQL: every message is sent exactly once, each by one of them, both
 * working at the same time ({@code FOR UPDATE SKIP LOCKED}: neither waits for the other's claim).
 */
@PostgresTest
class OutboxTwoSendersPostgresIT {

    @Test
    void twoSendersOnOneDatabaseSendEveryMessageExactlyOnce() throws Exception {
        OutboxOnDatabase outbox = new OutboxOnDatabase(new DriverManagerDataSource(
                PostgresTestDatabase.newDatabase(), "postgres", ""));
        List<Long> ids = IntStream.range(0, 60).mapToObj(n -> outbox.enqueue("person" + n + "@example.org", null)).toList();
        MovableClock clock = new MovableClock();
        clock.pin(Instant.now().plusSeconds(1));
        Map<String, AtomicInteger> sends = new ConcurrentHashMap<>();
        Map<String, Integer> byNode = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> running = List.of("node-a", "node-b").stream().map(node -> nodes.submit(() -> {
                OutboxSender sender = outbox.sender(new Counting(sends, byNode, node),
                        OutboxOnDatabase.settings(3), clock);
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
        assertThat(sends).hasSize(60).allSatisfy((address, count) -> assertThat(count.get()).isEqualTo(1));
        assertThat(ids).allSatisfy(id -> assertThat(outbox.status(id)).isEqualTo("SENT"));
        assertThat(byNode).as("both nodes sent a share").containsKeys("node-a", "node-b");
    }

    private record Counting(Map<String, AtomicInteger> sends, Map<String, Integer> byNode, String node)
            implements Transport {
        @Override
        public Channel channel() {
            return Channel.EMAIL;
        }

        @Override
        public void send(OutboundMessage message) throws InterruptedException {
            sends.computeIfAbsent(message.address(), a -> new AtomicInteger()).incrementAndGet();
            byNode.merge(node, 1, Integer::sum);
            Thread.sleep(2); // a send takes time, so that the other node claims meanwhile
        }
    }
}
