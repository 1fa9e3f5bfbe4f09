package org.ipflow.application.process;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Year;
import java.util.Map;
import java.util.UUID;
import org.ipflow.application.ApplicationStatus;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.application.process.grant.GrantProcess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Rows the façade and the public page write before a process step: enterprises, applications, objections. */
class TestApplications {

    static final String REGION = "150100";

    private final ApplicationRepository applications;
    private final JdbcClient jdbc;

    TestApplications(ApplicationRepository applications, JdbcClient jdbc) {
        this.applications = applications;
        this.jdbc = jdbc;
    }

    long newEnterprise() {
        String code = UUID.randomUUID().toString().replace("-", "").substring(0, 18).toUpperCase();
        return insert("insert into enterprise (name, credit_code, region, contact_name, contact_phone, email, "
                + "created_at) values (?,?,?,?,?,?,?)", "测试企业 " + code, code, REGION, "张三", "0471-0000000",
                "test@example.org", Timestamp.from(Instant.now()));
    }

    /** A submitted grant application; returns its id and number. */
    Submitted submitted(long enterpriseId, double amount) {
        return submitted(GrantProcess.KEY, "PTG", enterpriseId, amount);
    }

    /** A submitted application of the programme; returns its id and number. */
    Submitted submitted(String programme, String prefix, long enterpriseId, double amount) {
        String number = prefix + "-" + Year.now() + "-" + UUID.randomUUID().toString().substring(0, 8);
        long id = applications.insertDraft(number, programme, enterpriseId, REGION, "专利许可实施项目",
                Map.of("projectName", "专利许可实施项目"), BigDecimal.valueOf(amount), "enterprise1");
        applications.updateStatus(id, ApplicationStatus.SUBMITTED);
        return new Submitted(id, number);
    }

    long objection(long applicationId, String reason) {
        return insert("insert into objection (application_id, filed_by_name, filed_by_contact, reason, filed_at, "
                + "client_hash) values (?,?,?,?,?,?)", applicationId, "李四", "13800000000", reason,
                Timestamp.from(Instant.now()), "hash");
    }

    long payments(long applicationId) {
        return jdbc.sql("select count(*) from disbursement where application_id = ?").param(applicationId)
                .query(Long.class).single();
    }

    private long insert(String sql, Object... params) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys, "id");
        return keys.getKey().longValue();
    }

    record Submitted(long id, String number) {
    }
}
