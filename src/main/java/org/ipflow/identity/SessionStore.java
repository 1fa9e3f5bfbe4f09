package org.ipflow.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * HTTP sessions in the database (Spring Session JDBC), so that any node serves any user. Two requests of
 * one session at the same moment (a double click, a page and its redirect) may both add the same
 * attribute, such as the flash message: the plain insert of the library then fails on the attributes'
 * primary key, so attributes are written with an upsert in each database's own dialect.
 */
@Configuration
class SessionStore {

    @Bean
    @Profile("postgres")
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> postgresSessionAttributeUpsert() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Bean
    @Profile("!postgres")
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> h2SessionAttributeUpsert() {
        return repository -> repository.setCreateSessionAttributeQuery("MERGE INTO %TABLE_NAME%_ATTRIBUTES "
                + "(SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES) KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) "
                + "VALUES (?, ?, ?)");
    }
}
