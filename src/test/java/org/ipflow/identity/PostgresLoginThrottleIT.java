package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.ipflow.IpflowPostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The throttle's statements on PostgreSQL, as the nodes of a cluster run them: failures counted by this
 * node and by another node's throttle on the same database add up, and the lock is read back by both.
 */
@IpflowPostgresTest
class PostgresLoginThrottleIT {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LoginThrottleSettings settings;

    @Test
    void failuresFromTwoNodesAddUpInTheDatabase() {
        LoginThrottle otherNode = new LoginThrottle(jdbc, settings, Clock.systemUTC());
        for (int i = 0; i < 3; i++) {
            assertThat(rest.withBasicAuth("enterprise2", "wrong").getForEntity("/api/programmes", String.class)
                    .getStatusCode().value()).isEqualTo(401);
        }
        otherNode.failed("enterprise2");
        otherNode.failed("enterprise2");
        assertThat(jdbc.sql("select failures from login_throttle where account = 'enterprise2'").query(Integer.class)
                .single()).isEqualTo(5);
        assertThat(otherNode.lockedFor("enterprise2")).hasValueSatisfying(wait -> assertThat(wait)
                .isGreaterThan(Duration.ofMinutes(14)).isLessThanOrEqualTo(Duration.ofMinutes(15)));
        var refused = rest.withBasicAuth("enterprise2", "demo").getForEntity("/api/programmes", String.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(429);

        // A success recorded by the other node clears the count for this one too.
        otherNode.succeeded("enterprise2");
        assertThat(rest.withBasicAuth("enterprise2", "demo").getForEntity("/api/programmes", String.class)
                .getStatusCode().value()).isEqualTo(200);
    }
}
