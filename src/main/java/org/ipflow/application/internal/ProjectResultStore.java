package org.ipflow.application.internal;

import java.sql.Timestamp;
import java.util.Optional;
import org.ipflow.application.ProjectResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code project_result} table: one report per application; a corrected report replaces the earlier one. */
@Repository
public class ProjectResultStore {

    private final JdbcClient jdbc;

    ProjectResultStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(long applicationId, ProjectResult result) {
        Timestamp at = Timestamp.from(result.reportedAt());
        if (jdbc.sql("update project_result set new_output_value = ?, jobs = ?, patents_implemented = ?, money_spent = ?, "
                        + "reported_by = ?, reported_at = ? where application_id = ?")
                .params(result.newOutputValue(), result.jobs(), result.patentsImplemented(), result.moneySpent(),
                        result.reportedBy(), at, applicationId).update() == 0) {
            jdbc.sql("insert into project_result (application_id, new_output_value, jobs, patents_implemented, "
                            + "money_spent, reported_by, reported_at) values (?,?,?,?,?,?,?)")
                    .params(applicationId, result.newOutputValue(), result.jobs(), result.patentsImplemented(),
                            result.moneySpent(), result.reportedBy(), at).update();
        }
    }

    public Optional<ProjectResult> find(long applicationId) {
        return jdbc.sql("select new_output_value, jobs, patents_implemented, money_spent, reported_by, reported_at "
                        + "from project_result where application_id = ?").param(applicationId)
                .query((rs, n) -> new ProjectResult(rs.getBigDecimal(1), rs.getInt(2), rs.getInt(3), rs.getBigDecimal(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))
                .optional();
    }
}
