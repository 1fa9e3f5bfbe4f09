package org.ipflow.application.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ipflow.application.DecisionFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code decision_file} table: files a staff member attached to a decision (a site-evaluation report, say),
 * checked as uploads are ({@link DocumentCheck}) and kept in the database like the documents.
 */
@Repository
public class DecisionFileStore {

    private static final String META = "id, application_id, task_id, file_name, content_type, size_bytes, "
            + "uploaded_by, uploaded_at";

    private final JdbcClient jdbc;
    private final DocumentCheck check;
    private final Documents.UploadLimits limits;

    DecisionFileStore(JdbcClient jdbc, DocumentCheck check, Documents.UploadLimits limits) {
        this.jdbc = jdbc;
        this.check = check;
        this.limits = limits;
    }

    /** The stored name and detected type of an acceptable file, or the message code of why it is not. */
    public record Checked(String fileName, String contentType, byte[] content, String refusal) {
    }

    public Checked check(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            return new Checked(fileName, null, content, "document.error.empty");
        }
        if (content.length > limits.maxBytes()) {
            return new Checked(fileName, null, content, "document.error.tooLarge");
        }
        String type = check.detect(content);
        if (type == null) {
            return new Checked(fileName, null, content, "document.error.type");
        }
        return new Checked(DocumentCheck.safeFileName(fileName, type), type, content,
                check.refusal(content, type).orElse(null));
    }

    public long maxBytes() {
        return limits.maxBytes();
    }

    public void insert(long applicationId, String taskId, Checked file, String uploadedBy) {
        jdbc.sql("insert into decision_file (application_id, task_id, file_name, content_type, size_bytes, content, "
                        + "uploaded_by, uploaded_at) values (?,?,?,?,?,?,?,?)")
                .params(applicationId, taskId, file.fileName(), file.contentType(), file.content().length,
                        file.content(), uploadedBy, Timestamp.from(Instant.now()))
                .update();
    }

    public List<DecisionFile> of(long applicationId) {
        return jdbc.sql("select " + META + " from decision_file where application_id = ? order by uploaded_at, id")
                .param(applicationId).query(this::map).list();
    }

    public Optional<DecisionFile> find(long applicationId, long id) {
        return jdbc.sql("select " + META + " from decision_file where application_id = ? and id = ?")
                .params(applicationId, id).query(this::map).optional();
    }

    public byte[] content(long id) {
        return jdbc.sql("select content from decision_file where id = ?").param(id)
                .query((rs, row) -> rs.getBytes(1)).single();
    }

    private DecisionFile map(ResultSet rs, int row) throws SQLException {
        return new DecisionFile(rs.getLong("id"), rs.getLong("application_id"), rs.getString("task_id"),
                rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
    }
}
