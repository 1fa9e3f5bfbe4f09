package org.ipflow.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.ipflow.application.ValidationFailed;
import org.ipflow.identity.Roles;
import org.ipflow.shared.OfficeTime;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delegation while away: each staff member's absence and substitute (table {@code staff_absence}), and who
 * holds a task in the sense of the façade — its assignee, or the substitute of an absent assignee today
 * (office time), who then decides on the assignee's behalf.
 */
@Service
@Transactional
public class Absences {

    private final JdbcClient jdbc;
    private final IdentityService identity;
    private final MessageSource messages;

    Absences(JdbcClient jdbc, IdentityService identity, MessageSource messages) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public Optional<Absence> of(String username) {
        return jdbc.sql("select * from staff_absence where username = ?").param(username)
                .query((rs, row) -> new Absence(rs.getString("username"), rs.getDate("starts_on").toLocalDate(),
                        rs.getDate("ends_on").toLocalDate(), rs.getString("substitute"))).optional();
    }

    /**
     * Sets the user's absence; all three empty ends it. Refused with 400 on the field: dates missing or in the
     * wrong order, an end already past, a substitute who is the user, unknown, or shares no staff group.
     */
    public Optional<Absence> set(String username, LocalDate from, LocalDate until, String substitute) {
        String colleague = substitute == null ? "" : substitute.strip();
        if (from == null && until == null && colleague.isEmpty()) {
            jdbc.sql("delete from staff_absence where username = ?").param(username).update();
            return Optional.empty();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (from == null) {
            errors.put("from", message("absence.error.required"));
        }
        if (until == null) {
            errors.put("until", message("absence.error.required"));
        } else if (from != null && until.isBefore(from)) {
            errors.put("until", message("absence.error.order"));
        } else if (until.isBefore(LocalDate.now(OfficeTime.ZONE))) {
            errors.put("until", message("absence.error.past"));
        }
        String refusal = refusal(username, colleague);
        if (refusal != null) {
            errors.put("substitute", refusal);
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        jdbc.sql("delete from staff_absence where username = ?").param(username).update();
        jdbc.sql("insert into staff_absence (username, substitute, starts_on, ends_on, updated_at) values (?,?,?,?,?)")
                .params(username, colleague, java.sql.Date.valueOf(from), java.sql.Date.valueOf(until),
                        Timestamp.from(Instant.now())).update();
        return of(username);
    }

    /** The colleagues away today whose substitute the user is, by account and display name. */
    @Transactional(readOnly = true)
    public Map<String, String> coveredBy(String substitute) {
        LocalDate today = LocalDate.now(OfficeTime.ZONE);
        Map<String, String> absent = new LinkedHashMap<>();
        jdbc.sql("select username from staff_absence where substitute = ? and starts_on <= ? and ends_on >= ? "
                        + "order by username").params(substitute, java.sql.Date.valueOf(today), java.sql.Date.valueOf(today))
                .query(String.class).list().forEach(user -> absent.put(user, displayName(user)));
        return absent;
    }

    /** Whether the user holds a task assigned to {@code assignee}: it is theirs, or they stand in for its assignee today. */
    @Transactional(readOnly = true)
    public boolean holds(String user, String assignee) {
        if (assignee == null) {
            return false;
        }
        return user.equals(assignee) || of(assignee).filter(a -> a.substitute().equals(user)
                && a.covers(LocalDate.now(OfficeTime.ZONE))).isPresent();
    }

    /** The staff colleagues who share a group with the user, who may stand in for them. */
    @Transactional(readOnly = true)
    public List<String> colleagues(String username) {
        Set<String> found = new java.util.TreeSet<>();
        for (String group : staffGroups(username)) {
            identity.createUserQuery().memberOfGroup(group).listPage(0, 200).stream().map(User::getId)
                    .filter(id -> !id.equals(username)).forEach(found::add);
        }
        return List.copyOf(found);
    }

    private String refusal(String username, String colleague) {
        if (colleague.isEmpty()) {
            return message("absence.error.required");
        }
        if (colleague.equals(username)) {
            return message("absence.error.self");
        }
        Set<String> shared = new HashSet<>(staffGroups(username));
        shared.retainAll(staffGroups(colleague));
        return shared.isEmpty() ? message("absence.error.noSharedGroup", colleague) : null;
    }

    /** The user's groups that work tasks: the staff roles and the regional reviewer groups, not admin or enterprise. */
    private List<String> staffGroups(String username) {
        return identity.createGroupQuery().groupMember(username).list().stream().map(Group::getId)
                .filter(g -> !g.equals(Roles.ADMIN) && !g.equals(Roles.ENTERPRISE)).toList();
    }

    /** How staff are named to each other (inbox marks, transfers): family name then given name, else the account. */
    String displayName(String username) {
        User user = identity.createUserQuery().userId(username).singleResult();
        return user == null ? username : nameOf(user);
    }

    static String nameOf(User user) {
        String name = ((user.getLastName() == null ? "" : user.getLastName())
                + (user.getFirstName() == null ? "" : user.getFirstName())).strip();
        return name.isEmpty() ? user.getId() : name;
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
