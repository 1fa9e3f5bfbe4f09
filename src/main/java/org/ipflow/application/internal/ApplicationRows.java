package org.ipflow.application.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.ipflow.application.Application;
import org.ipflow.application.ApplicationStatus;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * A row of the {@code application} table as an {@link Application}, its form data kept as JSON: the columns
 * every query selects, the mapping, and the data written and read back with amounts exactly as typed.
 */
@Component
class ApplicationRows implements RowMapper<Application> {

    static final String COLUMNS = "id, number, programme_key, enterprise_id, region, status, title, data, "
            + "requested_amount, approved_amount, process_instance_id, correction_request, correction_deadline, "
            + "notice_until, created_by, created_at, updated_at, submitted_at, version, call_id, start_form_key, "
            + "start_form_version";

    private static final TypeReference<Map<String, Object>> DATA = new TypeReference<>() { };

    private final ObjectMapper json;

    ApplicationRows(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Application mapRow(ResultSet rs, int row) throws SQLException {
        return new Application(rs.getLong("id"), rs.getString("number"), rs.getString("programme_key"),
                rs.getLong("enterprise_id"), rs.getString("region"), ApplicationStatus.valueOf(rs.getString("status")),
                rs.getString("title"), read(rs.getString("data")), rs.getBigDecimal("requested_amount"),
                rs.getBigDecimal("approved_amount"), rs.getString("process_instance_id"),
                rs.getString("correction_request"), instant(rs, "correction_deadline"), instant(rs, "notice_until"),
                rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "updated_at"),
                instant(rs, "submitted_at"), rs.getInt("version"), rs.getObject("call_id", Long.class),
                rs.getString("start_form_key"), rs.getObject("start_form_version", Integer.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    String write(Map<String, Object> data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("application data cannot be stored as JSON", e);
        }
    }

    private Map<String, Object> read(String text) {
        try {
            // Amounts must come back exactly as they were typed, not as doubles.
            return json.readerFor(DATA).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readValue(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored application data is not JSON", e);
        }
    }
}
