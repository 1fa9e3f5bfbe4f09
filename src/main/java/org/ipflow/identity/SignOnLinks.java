package org.ipflow.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which IPFlow account a person of the OpenID provider is: table {@code oidc_link}, (issuer, subject) → user name. */
@Repository
class SignOnLinks {

    private final JdbcClient jdbc;

    SignOnLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> account(String issuer, String subject) {
        return jdbc.sql("select username from oidc_link where issuer = ? and subject = ?").params(issuer, subject)
                .query(String.class).optional();
    }

    void link(String issuer, String subject, String username) {
        jdbc.sql("insert into oidc_link (issuer, subject, username, linked_at) values (?, ?, ?, ?)")
                .params(issuer, subject, username, Timestamp.from(Instant.now())).update();
    }
}
