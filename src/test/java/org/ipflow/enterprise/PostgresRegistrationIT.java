package org.ipflow.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipflow.enterprise.NewRegistrations.body;
import static org.ipflow.enterprise.NewRegistrations.creditCode;
import static org.ipflow.enterprise.NewRegistrations.username;

import java.util.Map;
import org.ipflow.IpflowPostgresTest;
import org.ipflow.identity.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Registration on PostgreSQL, where a unique violation aborts the whole transaction: a taken credit code
 * must still answer 409 and leave neither the new user nor a second enterprise behind.
 */
@IpflowPostgresTest
class PostgresRegistrationIT {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Enterprises enterprises;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTakenCreditCodeAnswers409AndCreatesNothing() {
        String creditCode = creditCode();
        assertThat(rest.postForEntity("/api/enterprises", body(username(), creditCode), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        String second = username();

        var response = rest.postForEntity("/api/enterprises", body(second, creditCode), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getBody().get("errors").toString()).contains("creditCode");
        assertThat(accounts.exists(second)).isFalse();
        assertThat(enterprises.ofUser(second)).isEmpty();
        assertThat(jdbc.sql("select count(*) from enterprise where credit_code = ?").param(creditCode)
                .query(Long.class).single()).isEqualTo(1);
        // The same connection pool keeps serving: the aborted transaction was rolled back, not reused.
        assertThat(rest.postForEntity("/api/enterprises", body(second, creditCode()), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aTakenUsernameAnswers409() {
        var response = rest.postForEntity("/api/enterprises", body("enterprise1", creditCode()), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getBody().get("errors").toString()).contains("username");
    }
}
