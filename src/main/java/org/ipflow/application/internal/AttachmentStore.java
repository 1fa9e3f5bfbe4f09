package org.ipflow.application.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ipflow.application.Attachment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Documents are kept in the database, so that every node of a cluster serves them. */
@Repository
public class AttachmentStore {

    private static final String META = "id, application_id, kind, file_name, content_type, size_bytes, sha256, "
            + "uploaded_by, uploaded_at";

    private final JdbcClient jdbc;

    AttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long applicationId, String kind, String fileName, String contentType, byte[] content, String sha256,
            String uploadedBy) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into attachment (application_id, kind, file_name, content_type, size_bytes, sha256, content, "
                        + "uploaded_by, uploaded_at) values (?,?,?,?,?,?,?,?,?)")
                .params(applicationId, kind, fileName, contentType, content.length, sha256, content, uploadedBy,
                        Timestamp.from(Instant.now()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<Attachment> list(long applicationId) {
        return jdbc.sql("select " + META + " from attachment where application_id = ? order by kind, id")
                .param(applicationId).query(this::map).list();
    }

    public Optional<Attachment> find(long applicationId, long attachmentId) {
        return jdbc.sql("select " + META + " from attachment where application_id = ? and id = ?")
                .params(applicationId, attachmentId).query(this::map).optional();
    }

    long count(long applicationId) {
        return jdbc.sql("select count(*) from attachment where application_id = ?").param(applicationId)
                .query(Long.class).single();
    }

    boolean exists(long attachmentId) {
        return jdbc.sql("select count(*) from attachment where id = ?").param(attachmentId).query(Long.class).single() > 0;
    }

    public byte[] content(long attachmentId) {
        return jdbc.sql("select content from attachment where id = ?").param(attachmentId)
                .query((rs, row) -> rs.getBytes(1)).single();
    }

    boolean delete(long applicationId, long attachmentId) {
        return jdbc.sql("delete from attachment where application_id = ? and id = ?")
                .params(applicationId, attachmentId).update() == 1;
    }

    private Attachment map(ResultSet rs, int row) throws SQLException {
        // names stored before the current naming rule are shown and served by it too
        String contentType = rs.getString("content_type");
        return new Attachment(rs.getLong("id"), rs.getLong("application_id"), rs.getString("kind"),
                DocumentCheck.safeFileName(rs.getString("file_name"), contentType), contentType, rs.getLong("size_bytes"),
                rs.getString("sha256"), rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
    }
}
