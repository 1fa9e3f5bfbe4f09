package org.ipflow.identity;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.ipflow.shared.AdminActionPerformed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expert pool (table {@code expert}, the accounts in Camunda's identity store with the group
 * {@code expert}). Adding an expert creates the account and the pool's row in one transaction; each change is
 * audited with what was entered (never the password).
 */
@Service
public class ExpertPool {

    private static final String COLUMNS = "username, fields, affiliation, affiliation_credit_code, region,"
            + " active_from, active_until";

    private final JdbcClient jdbc;
    private final IdentityService identity;
    private final UserAccounts accounts;
    private final AccountStates states;
    private final ApplicationEventPublisher events;

    ExpertPool(JdbcClient jdbc, IdentityService identity, UserAccounts accounts, AccountStates states,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.accounts = accounts;
        this.states = states;
        this.events = events;
    }

    /** The whole pool, by username. */
    public List<Expert> all() {
        return jdbc.sql("select " + COLUMNS + " from expert order by username").query(this::expert).list();
    }

    /** The experts tagged with {@code field} who may be drawn on {@code day}, by username. */
    public List<Expert> active(String field, LocalDate day) {
        return all().stream().filter(e -> e.hasField(field) && e.activeOn(day)).toList();
    }

    public Optional<Expert> find(String username) {
        return jdbc.sql("select " + COLUMNS + " from expert where username = ?").param(username).query(this::expert)
                .optional();
    }

    /** Only for a body without {@link ExpertBody#problems}; refuses a name taken in any case. */
    @Transactional
    Expert add(String actor, ExpertBody body, boolean mustChangePassword) {
        if (accounts.nameTaken(body.username())) {
            throw new UserAdminRefused("username", "admin.users.error.taken");
        }
        accounts.create(body.username(), body.password(), body.name(), null,
                List.of(Roles.EXPERT));
        if (mustChangePassword) {
            states.created(body.username());
        }
        Expert expert = body.expert();
        jdbc.sql("insert into expert (" + COLUMNS + ", updated_by, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(values(expert, actor)).update();
        audit(actor, "EXPERT_ADD", expert);
        return expert;
    }

    /** Changes what the pool holds of an existing expert (and the account's name); empty for no such expert. */
    @Transactional
    Optional<Expert> change(String actor, String username, ExpertBody body) {
        if (find(username).isEmpty()) {
            return Optional.empty();
        }
        Expert expert = new ExpertBody(username, null, body.name(), body.fields(), body.affiliation(),
                body.affiliationCreditCode(), body.region(), body.activeFrom(), body.activeUntil()).expert();
        User user = identity.createUserQuery().userId(username).singleResult();
        if (user != null && !expert.name().equals(user.getFirstName())) {
            user.setFirstName(expert.name());
            identity.saveUser(user);
        }
        Object[] values = values(expert, actor);
        jdbc.sql("update expert set fields = ?, affiliation = ?, affiliation_credit_code = ?, region = ?,"
                + " active_from = ?, active_until = ?, updated_by = ?, updated_at = ? where username = ?")
                .params(Arrays.copyOfRange(values, 1, values.length)).param(username).update();
        audit(actor, "EXPERT_CHANGE", expert);
        return Optional.of(expert);
    }

    private static Object[] values(Expert e, String actor) {
        return new Object[] {e.username(), String.join(",", e.fields()), e.affiliation(), e.affiliationCreditCode(),
            e.region(), e.activeFrom() == null ? null : Date.valueOf(e.activeFrom()),
            e.activeUntil() == null ? null : Date.valueOf(e.activeUntil()), actor, Timestamp.from(Instant.now())};
    }

    private void audit(String actor, String action, Expert e) {
        events.publishEvent(new AdminActionPerformed(actor, action, "user:" + e.username(),
                "fields " + e.fields() + "; affiliation " + e.affiliation() + " " + e.affiliationCreditCode()
                        + "; region " + e.region() + "; active " + e.activeFrom() + ".." + e.activeUntil()));
    }

    private Expert expert(ResultSet rs, int row) throws SQLException {
        String username = rs.getString("username");
        Date from = rs.getDate("active_from");
        Date until = rs.getDate("active_until");
        return new Expert(username, accounts.displayName(username), List.of(rs.getString("fields").split(",")),
                rs.getString("affiliation"), rs.getString("affiliation_credit_code"), rs.getString("region"),
                from == null ? null : from.toLocalDate(), until == null ? null : until.toLocalDate());
    }
}
