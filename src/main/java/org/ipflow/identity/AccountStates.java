package org.ipflow.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code account_state} table: disabled, must change password, and when. Read on every authentication,
 * so by primary key; written in the transaction of the administrator's change.
 */
@Repository
class AccountStates {

    private static final String COLUMNS = "disabled, must_change_password, created_at, disabled_at, password_changed_at";

    private final JdbcClient jdbc;

    AccountStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    AccountState find(String username) {
        return jdbc.sql("select " + COLUMNS + " from account_state where username = ?").param(username)
                .query((rs, n) -> new AccountState(rs.getBoolean(1), rs.getBoolean(2), instant(rs.getTimestamp(3)),
                        instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5))))
                .optional().orElse(AccountState.ACTIVE);
    }

    Map<String, AccountState> findAll(Collection<String> usernames) {
        Map<String, AccountState> states = new HashMap<>();
        if (!usernames.isEmpty()) {
            jdbc.sql("select username, " + COLUMNS + " from account_state where username in (:names)")
                    .param("names", usernames)
                    .query(rs -> {
                        states.put(rs.getString(1), new AccountState(rs.getBoolean(2), rs.getBoolean(3),
                                instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6))));
                    });
        }
        return states;
    }

    /** A new account made by an administrator: it must change the password it was given. */
    void created(String username) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into account_state (username, disabled, must_change_password, created_at, updated_at) "
                + "values (?, false, true, ?, ?)").params(username, now, now).update();
    }

    void setDisabled(String username, boolean disabled) {
        Timestamp now = Timestamp.from(Instant.now());
        ensureRow(username, now);
        jdbc.sql("update account_state set disabled = ?, disabled_at = ?, updated_at = ? where username = ?")
                .params(disabled, disabled ? now : null, now, username).update();
    }

    /** A password set by an administrator ({@code mustChange}) or by the user (not). */
    void passwordSet(String username, boolean mustChange) {
        Timestamp now = Timestamp.from(Instant.now());
        ensureRow(username, now);
        jdbc.sql("update account_state set must_change_password = ?, password_changed_at = ?, updated_at = ? "
                + "where username = ?").params(mustChange, now, now, username).update();
    }

    // Accounts made before this table (demo users, self-registered enterprises) get their row on first change.
    private void ensureRow(String username, Timestamp now) {
        int exists = jdbc.sql("select count(*) from account_state where username = ?").param(username)
                .query(Integer.class).single();
        if (exists == 0) {
            jdbc.sql("insert into account_state (username, disabled, must_change_password, created_at, updated_at) "
                    + "values (?, false, false, ?, ?)").params(username, now, now).update();
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
