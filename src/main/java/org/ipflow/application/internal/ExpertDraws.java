package org.ipflow.application.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code expert_draw} (each draw of experts for an application: seed, candidates, drawn, left out
 * and why) and {@code expert_conflict} (the conflicts of interest experts declared with an enterprise).
 */
@Repository
public class ExpertDraws {

    /** The declaration's decision that opens the application to the expert. */
    static final String ACCEPT = "accept";

    private final JdbcClient jdbc;

    ExpertDraws(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long applicationId, long round, long seed, List<String> candidates, List<String> drawn,
            Map<String, String> excluded) {
        String reasons = new TreeMap<>(excluded).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
        jdbc.sql("insert into expert_draw (application_id, round, seed, candidates, drawn, excluded, drawn_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(applicationId, round, seed, String.join(",", candidates), String.join(",", drawn), reasons,
                        Timestamp.from(Instant.now())).update();
    }

    /** The experts drawn for the application in this round, whatever became of them. */
    public Set<String> drawnIn(long applicationId, long round) {
        return jdbc.sql("select drawn from expert_draw where application_id = ? and round = ?")
                .params(applicationId, round).query(String.class).list().stream()
                .flatMap(drawn -> Arrays.stream(drawn.split(","))).filter(name -> !name.isBlank())
                .collect(Collectors.toCollection(HashSet::new));
    }

    /**
     * Whether the expert was drawn for the application, has declared no conflict of interest (accepted) and
     * has not declared a conflict with its applicant since: only then the application opens to them.
     */
    public boolean assigned(String expert, long applicationId, long enterpriseId) {
        return drawn(expert, applicationId) && accepted(expert, applicationId) && !conflicts(enterpriseId).contains(expert);
    }

    /** Whether the expert was drawn for the application and is still to declare: their declaration task is open. */
    public boolean awaitsDeclaration(String expert, long applicationId, long enterpriseId) {
        return drawn(expert, applicationId) && !accepted(expert, applicationId)
                && !conflicts(enterpriseId).contains(expert);
    }

    private boolean drawn(String expert, long applicationId) {
        return jdbc.sql("select drawn from expert_draw where application_id = ?").param(applicationId)
                .query(String.class).list().stream().anyMatch(drawn -> Arrays.asList(drawn.split(",")).contains(expert));
    }

    // The declaration's timeline entry is the record of the acceptance: written with the task's completion.
    private boolean accepted(String expert, long applicationId) {
        return jdbc.sql("select count(*) from decision_record where application_id = ? and actor = ? and decision = ?")
                .params(applicationId, expert, ACCEPT).query(Long.class).single() > 0;
    }

    public Set<String> conflicts(long enterpriseId) {
        return new HashSet<>(jdbc.sql("select expert from expert_conflict where enterprise_id = ?").param(enterpriseId)
                .query(String.class).list());
    }

    /** Remembers the expert's declared conflict with the enterprise; a second declaration keeps the first. */
    public void conflict(String expert, long enterpriseId, String reason) {
        // Not insert-and-catch: on PostgreSQL a failed insert aborts the whole transaction.
        jdbc.sql("insert into expert_conflict (expert, enterprise_id, reason, declared_at) select ?, ?, ?, ?"
                        + " where not exists (select 1 from expert_conflict where expert = ? and enterprise_id = ?)")
                .params(expert, enterpriseId, reason, Timestamp.from(Instant.now()), expert, enterpriseId).update();
    }
}
