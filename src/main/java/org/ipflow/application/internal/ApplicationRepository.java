package org.ipflow.application.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ipflow.application.Application;
import org.ipflow.application.ApplicationStatus;
import org.ipflow.application.ApplicationStatusChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code application} table, one application at a time: found by id, number or process, a draft stored,
 * its status and amounts changed, and what it holds of its yearly cap. Updates of the enterprise's data check
 * the row version; lists and searches are {@link ApplicationSearch}'s.
 */
@Repository
public class ApplicationRepository {

    private static final String COLUMNS = ApplicationRows.COLUMNS;

    private final JdbcClient jdbc;
    private final ApplicationRows rows;
    private final ApplicationEventPublisher events;

    ApplicationRepository(JdbcClient jdbc, ApplicationRows rows, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.events = events;
    }

    public long insertDraft(String number, String programmeKey, long enterpriseId, String region, String title,
            Map<String, Object> data, BigDecimal requestedAmount, String createdBy) {
        Timestamp now = Timestamp.from(Instant.now());
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into application (number, programme_key, enterprise_id, region, status, title, data, "
                        + "requested_amount, created_by, created_at, updated_at) values (?,?,?,?,?,?,?,?,?,?,?)")
                .params(number, programmeKey, enterpriseId, region, ApplicationStatus.DRAFT.name(), title,
                        rows.write(data), requestedAmount, createdBy, now, now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A draft and what hangs on it: documents, client tokens and any notification naming it. */
    void deleteDraft(long id) {
        for (String table : List.of("idempotency_key", "attachment", "notification")) {
            jdbc.sql("delete from " + table + " where application_id = ?").param(id).update();
        }
        jdbc.sql("delete from application where id = ? and status = ?").params(id, ApplicationStatus.DRAFT.name())
                .update();
    }

    /** The number a first submission gives; drafts have none. */
    void assignNumber(long id, String number) {
        jdbc.sql("update application set number = ? where id = ? and number is null").params(number, id).update();
    }

    public Optional<Application> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from application where id = ?").param(id).query(rows).optional();
    }

    public Optional<Application> findByNumber(String number) {
        return jdbc.sql("select " + COLUMNS + " from application where number = ?").param(number)
                .query(rows).optional();
    }

    public List<Application> findByIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from application where id in (:ids)").param("ids", ids)
                .query(rows).list();
    }

    public List<Application> findByProcessInstances(java.util.Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from application where process_instance_id in (:ids)")
                .param("ids", processInstanceIds).query(rows).list();
    }

    public List<Application> listByStatus(ApplicationStatus status, int limit) {
        return jdbc.sql("select " + COLUMNS + " from application where status = ? order by notice_until, id "
                        + "fetch first ? rows only")
                .params(status.name(), limit).query(rows).list();
    }

    boolean updateData(long id, int expectedVersion, String title, Map<String, Object> data, BigDecimal requested) {
        return jdbc.sql("update application set title = ?, data = ?, requested_amount = ?, updated_at = ?, "
                        + "version = version + 1 where id = ? and version = ?")
                .params(title, rows.write(data), requested, Timestamp.from(Instant.now()), id, expectedVersion)
                .update() == 1;
    }

    public void updateStatus(long id, ApplicationStatus status) {
        jdbc.sql("update application set status = ?, updated_at = ?, version = version + 1 where id = ?")
                .params(status.name(), Timestamp.from(Instant.now()), id).update();
        changed(id);
    }

    /** Every status change passes here, so listeners (notifications) see all of them, in the same transaction. */
    private void changed(long id) {
        findById(id).ifPresent(a -> events.publishEvent(new ApplicationStatusChanged(a.id(), a.enterpriseId(),
                a.number(), a.programmeKey(), a.status())));
    }

    /** Locks the row until the transaction ends: concurrent submissions of one application take turns. */
    void lock(long id) {
        jdbc.sql("select id from application where id = ? for update").param(id).query(Long.class).single();
    }

    /** The application as it is under a row lock held to the end of the transaction. */
    Application locked(long id) {
        return jdbc.sql("select " + COLUMNS + " from application where id = ? for update").param(id).query(rows).single();
    }

    void markSubmitted(long id, String processInstanceId) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("update application set status = ?, process_instance_id = coalesce(?, process_instance_id), "
                        + "submitted_at = coalesce(submitted_at, ?), correction_request = null, "
                        + "correction_deadline = null, updated_at = ?, version = version + 1 where id = ?")
                .params(ApplicationStatus.SUBMITTED.name(), processInstanceId, now, now, id).update();
        changed(id);
    }

    /** The call a first submission was accepted in and the start form it was checked against, kept for good. */
    void pinSubmission(long id, long callId, String formKey, Integer formVersion) {
        jdbc.sql("update application set call_id = ?, start_form_key = ?, start_form_version = ? where id = ?")
                .params(callId, formKey, formVersion, id).update();
    }

    public void requestCorrection(long id, String request, Instant deadline) {
        jdbc.sql("update application set status = ?, correction_request = ?, correction_deadline = ?, "
                        + "updated_at = ?, version = version + 1 where id = ?")
                .params(ApplicationStatus.RETURNED.name(), request, Timestamp.from(deadline),
                        Timestamp.from(Instant.now()), id).update();
        changed(id);
    }

    public void openNotice(long id, Instant until) {
        jdbc.sql("update application set status = ?, notice_until = ?, updated_at = ?, version = version + 1 "
                        + "where id = ?")
                .params(ApplicationStatus.PUBLIC_NOTICE.name(), Timestamp.from(until), Timestamp.from(Instant.now()), id)
                .update();
        changed(id);
    }

    public void setApprovedAmount(long id, BigDecimal amount) {
        jdbc.sql("update application set approved_amount = ?, updated_at = ? where id = ?")
                .params(amount, Timestamp.from(Instant.now()), id).update();
    }

    /**
     * What an enterprise's applications in a programme hold of the yearly cap of the year they were approved
     * in: what was paid on each, or while not paid, its approved amount (approved or under public notice).
     * The year is the approval's, never the payment's, so that a payment dated in another year neither frees
     * nor uses a year's room.
     */
    public BigDecimal committedInYear(long enterpriseId, String programmeKey, int year, long exceptApplicationId) {
        BigDecimal committed = jdbc.sql("select coalesce(sum(x.amount), 0) from (select " + CallBudgets.HELD
                        + " as amount from application a "
                        + "where a.enterprise_id = ? and a.programme_key = ? and a.approved_on >= ? and a.approved_on < ? "
                        + "and a.id <> ?) x")
                .params(enterpriseId, programmeKey, java.sql.Date.valueOf(java.time.LocalDate.of(year, 1, 1)),
                        java.sql.Date.valueOf(java.time.LocalDate.of(year + 1, 1, 1)), exceptApplicationId)
                .query(BigDecimal.class).single();
        return committed == null ? BigDecimal.ZERO : committed;
    }

    /** The day the application's amount was approved under its yearly cap, if it was. */
    public Optional<java.time.LocalDate> approvedOn(long id) {
        return jdbc.sql("select approved_on from application where id = ? and approved_on is not null").param(id)
                .query(java.sql.Date.class).optional().map(java.sql.Date::toLocalDate);
    }
}
