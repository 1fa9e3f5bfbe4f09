package org.ipflow.application.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ipflow.shared.OfficeTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Public notices (公示名单) as batches: the proposed awards decided together share one notice and its
 * number ({@code GS-<year>-<serial>}); an application decided alone gets a notice of its own when its
 * notice opens. An application joins its batch in the transaction that decides it, so a refused decision
 * leaves no trace in the batch.
 */
@Repository
public class NoticeBatches {

    private final JdbcClient jdbc;

    NoticeBatches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One batch and the applications of it still under notice. */
    public record Batch(long id, String noticeNumber, String programmeKey, Long callId) {
    }

    public long open(String programmeKey, Long callId, String actor) {
        var keys = new GeneratedKeyHolder();
        Instant now = Instant.now();
        String provisional = "GS-" + java.util.UUID.randomUUID().toString().substring(0, 20);
        jdbc.sql("insert into notice_batch (notice_number, programme_key, call_id, created_by, created_at) "
                        + "values (?, ?, ?, ?, ?)")
                .params(provisional, programmeKey, callId, actor, Timestamp.from(now)).update(keys, "id");
        long id = keys.getKey().longValue();
        // The serial is the row's own id: unique on every node without a sequence of its own.
        int year = LocalDate.ofInstant(now, OfficeTime.ZONE).getYear();
        jdbc.sql("update notice_batch set notice_number = ? where id = ?")
                .params(String.format("GS-%d-%05d", year, id), id).update();
        return id;
    }

    public String number(long batchId) {
        return jdbc.sql("select notice_number from notice_batch where id = ?").param(batchId).query(String.class).single();
    }

    public void join(long applicationId, long batchId) {
        jdbc.sql("update application set notice_batch_id = ? where id = ?").params(batchId, applicationId).update();
    }

    /** The certification level the notice publishes for the application. */
    public void level(long applicationId, String level) {
        jdbc.sql("update application set notice_level = ? where id = ?").params(level, applicationId).update();
    }

    /** The batch the application is to be published in, if a batch decision put it in one. */
    public Optional<Long> of(long applicationId) {
        return jdbc.sql("select notice_batch_id from application where id = ? and notice_batch_id is not null")
                .param(applicationId).query(Long.class).optional();
    }

    /** Where an application stands in the notices: its batch and the level published, if any. */
    public record Placement(long batchId, String level) {
    }

    /** The placements of those of the applications that are in a batch, by application id. */
    public java.util.Map<Long, Placement> placements(java.util.Collection<Long> applicationIds) {
        java.util.Map<Long, Placement> placed = new java.util.HashMap<>();
        if (!applicationIds.isEmpty()) {
            jdbc.sql("select id, notice_batch_id, notice_level from application where id in (:ids) "
                            + "and notice_batch_id is not null").param("ids", applicationIds)
                    .query(rs -> {
                        placed.put(rs.getLong(1), new Placement(rs.getLong(2), rs.getString(3)));
                    });
        }
        return placed;
    }

    /** The batch published under a notice number, if there is one. */
    public Optional<Batch> byNumber(String noticeNumber) {
        return jdbc.sql("select id, notice_number, programme_key, call_id from notice_batch where notice_number = ?")
                .param(noticeNumber).query((rs, n) -> new Batch(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, Long.class))).optional();
    }

    /** The applications a batch published, whatever became of them since. */
    public List<Long> members(long batchId) {
        return jdbc.sql("select id from application where notice_batch_id = ?").param(batchId).query(Long.class).list();
    }

    public List<Batch> find(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, notice_number, programme_key, call_id from notice_batch where id in (:ids) "
                        + "order by id desc")
                .param("ids", ids).query((rs, n) -> new Batch(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, Long.class))).list();
    }
}
