package org.ipflow.application.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.util.Map;
import java.util.Optional;
import org.ipflow.application.ProjectResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code project_result} table: one report per application; a corrected report replaces the earlier one. The
 * four figures have columns of their own (the dashboard sums them); the report form's other fields are JSON.
 */
@Repository
public class ProjectResultStore {

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ProjectResultStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void save(long applicationId, ProjectResult result) {
        Timestamp at = Timestamp.from(result.reportedAt());
        String details = write(result.details());
        if (jdbc.sql("update project_result set new_output_value = ?, jobs = ?, patents_implemented = ?, money_spent = ?, "
                        + "details = ?, reported_by = ?, reported_at = ? where application_id = ?")
                .params(result.newOutputValue(), result.jobs(), result.patentsImplemented(), result.moneySpent(),
                        details, result.reportedBy(), at, applicationId).update() == 0) {
            jdbc.sql("insert into project_result (application_id, new_output_value, jobs, patents_implemented, "
                            + "money_spent, details, reported_by, reported_at) values (?,?,?,?,?,?,?,?)")
                    .params(applicationId, result.newOutputValue(), result.jobs(), result.patentsImplemented(),
                            result.moneySpent(), details, result.reportedBy(), at).update();
        }
    }

    public Optional<ProjectResult> find(long applicationId) {
        return jdbc.sql("select new_output_value, jobs, patents_implemented, money_spent, details, reported_by, "
                        + "reported_at from project_result where application_id = ?").param(applicationId)
                .query((rs, n) -> new ProjectResult(rs.getBigDecimal(1), rs.getInt(2), rs.getInt(3), rs.getBigDecimal(4),
                        read(rs.getString(5)), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .optional();
    }

    private String write(Map<String, Object> details) {
        try {
            return details.isEmpty() ? null : json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("report details cannot be stored as JSON", e);
        }
    }

    private Map<String, Object> read(String details) {
        try {
            return details == null ? Map.of() : json.readValue(details, DETAILS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored report details are not JSON", e);
        }
    }
}
