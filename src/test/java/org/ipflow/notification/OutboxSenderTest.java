package org.ipflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ipflow.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The sender's rules on H2: retries with a doubling wait, then FAILED; resend; dedupe; an interrupted send. */
class OutboxSenderTest {

    private final MovableClock clock = new MovableClock();
    private final List<String> delivered = new ArrayList<>();
    private boolean refusing;
    private OutboxOnDatabase outbox;
    private OutboxSender sender;

    @BeforeEach
    void database() {
        outbox = new OutboxOnDatabase(new DriverManagerDataSource(
                "jdbc:h2:mem:outbox-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", ""));
        sender = outbox.sender(new Recording(), OutboxOnDatabase.settings(3), clock);
        clock.pin(Instant.now().plusSeconds(1));
    }

    @Test
    void aFailingSendIsRetriedAfterADoublingWaitThenFailedAndAnAdministratorsResendDeliversIt() {
        long id = outbox.enqueue("a@example.org", null);
        refusing = true;
        sender.sendDue();
        assertThat(outbox.status(id)).isEqualTo("PENDING");
        clock.advance(Duration.ofSeconds(59));
        assertThat(sender.sendDue()).as("not due before the first minute").isZero();
        clock.advance(Duration.ofSeconds(1));
        sender.sendDue();
        clock.advance(Duration.ofSeconds(119));
        assertThat(sender.sendDue()).as("the second wait is two minutes").isZero();
        clock.advance(Duration.ofSeconds(1));
        sender.sendDue();
        OutboundMessage failed = outbox.store.find(id).orElseThrow();
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.lastError()).contains("refused by the test server");
        assertThat(outbox.store.withStatus("FAILED", 10)).extracting(OutboundMessage::id).containsExactly(id);

        refusing = false;
        assertThat(outbox.store.resend(id, clock.instant())).isTrue();
        sender.sendDue();
        assertThat(outbox.status(id)).isEqualTo("SENT");
        assertThat(delivered).containsExactly("a@example.org");
        assertThat(outbox.store.resend(id, clock.instant())).as("only a FAILED message is resent").isFalse();
    }

    @Test
    void aMessageWithADedupeKeyIsWrittenOnce() {
        assertThat(outbox.enqueue("b@example.org", "reminder:task-1:2026-12-07")).isPositive();
        assertThat(outbox.enqueue("b@example.org", "reminder:task-1:2026-12-07")).isEqualTo(-1);
        sender.sendDue();
        assertThat(delivered).containsExactly("b@example.org");
    }

    @Test
    void aMessageWhoseNodeDiedMidSendIsNotSentAgainButFailedForAnAdministrator() {
        long id = outbox.enqueue("c@example.org", null);
        // A node claims the message and dies before it records the outcome.
        assertThat(outbox.store.claim(clock.instant(), Duration.ofMinutes(5), 10)).hasSize(1);
        assertThat(sender.sendDue()).as("held by the dead node's lease").isZero();
        clock.advance(Duration.ofMinutes(6));
        sender.sendDue();
        assertThat(delivered).isEmpty();
        OutboundMessage message = outbox.store.find(id).orElseThrow();
        assertThat(message.status()).isEqualTo("FAILED");
        assertThat(message.lastError()).isEqualTo(OutboxSender.INTERRUPTED);
    }

    private final class Recording implements Transport {
        @Override
        public Channel channel() {
            return Channel.EMAIL;
        }

        @Override
        public void send(OutboundMessage message) {
            if (refusing) {
                throw new IllegalStateException("refused by the test server");
            }
            delivered.add(message.address());
        }
    }
}
