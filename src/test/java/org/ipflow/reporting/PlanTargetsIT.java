package org.ipflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * What counts toward each target of the plan, within the plan's years and nothing outside them. The rows
 * are written straight into the tables, in past years no other test uses, and rolled back afterwards.
 */
@IpflowTest
@Transactional
class PlanTargetsIT {

    static final YearWindow PLAN = new YearWindow(2011, 2015);
    private static final AtomicInteger NUMBERS = new AtomicInteger();

    @Autowired
    PlanTargets targets;

    @Autowired
    JdbcClient jdbc;

    @Test
    void pledgeVolumeIsThePrincipalOfTheLoansSubsidisedInThePlanYears() {
        long enterprise = enterprise("150100");
        paid(application(enterprise, "pledge-financing", "{\"principal\": 5000000, \"interestPaid\": 150000}"), "2012-03-01");
        paid(application(enterprise, "pledge-financing", "{\"principal\": 3000000.50}"), "2016-01-04");
        application(enterprise, "pledge-financing", "{\"principal\": 1000000}");
        paid(application(enterprise, "pledge-financing", "{\"principal\": 2500000.25}"), "2015-12-31");

        assertThat(targets.actual(Indicator.PLEDGE_FINANCING_VOLUME, PLAN)).isEqualByComparingTo("7500000.25");
    }

    @Test
    void certifiedEnterprisesCountEachEnterpriseOnceAndNoRevokedCertificate() {
        long first = enterprise("150100");
        long second = enterprise("150200");
        certificate(first, "PILOT", "2012-05-01", "VALID");
        certificate(first, "PILOT", "2014-05-01", "VALID");
        certificate(second, "PILOT", "2013-05-01", "REVOKED");
        certificate(second, "DEMONSTRATION", "2015-06-30", "VALID");
        certificate(second, "DEMONSTRATION", "2016-01-01", "VALID");

        assertThat(targets.actual(Indicator.PILOT_ENTERPRISES, PLAN)).isEqualByComparingTo("1");
        assertThat(targets.actual(Indicator.DEMONSTRATION_ENTERPRISES, PLAN)).isEqualByComparingTo("1");
    }

    @Test
    void grantProjectsFundedCountTheGrantsPaidInThePlanYears() {
        long enterprise = enterprise("150100");
        paid(application(enterprise, "patent-transformation-grant", "{}"), "2011-01-01");
        paid(application(enterprise, "patent-transformation-grant", "{}"), "2010-12-31");
        paid(application(enterprise, "pledge-financing", "{\"principal\": 1}"), "2013-01-01");

        assertThat(targets.actual(Indicator.GRANT_PROJECTS_FUNDED, PLAN)).isEqualByComparingTo("1");
    }

    @Test
    void progressIsTheShareOfTheTargetAchievedRoundedDown() {
        long enterprise = enterprise("150100");
        for (String day : new String[] {"2013-02-01", "2013-03-01", "2014-04-01"}) {
            paid(application(enterprise, "patent-transformation-grant", "{}"), day);
        }
        targets.save(Indicator.GRANT_PROJECTS_FUNDED, new BigDecimal("7"), PLAN, "admin");

        var progress = targets.progress(2026).stream().filter(p -> p.indicator() == Indicator.GRANT_PROJECTS_FUNDED)
                .findFirst().orElseThrow();
        assertThat(progress.actual()).isEqualByComparingTo("3");
        assertThat(progress.percent()).isEqualTo(42);
        assertThat(progress.target().fromYear()).isEqualTo(2011);
        assertThat(progress.target().updatedBy()).isEqualTo("admin");
    }

    private long enterprise(String region) {
        int n = NUMBERS.incrementAndGet();
        jdbc.sql("insert into enterprise (name, credit_code, region, contact_name, contact_phone, email, created_at) "
                        + "values (?,?,?,?,?,?,?)")
                .params("规划目标测试企业" + n, "PLAN" + System.nanoTime() % 100_000_000_000_000L, region, "赵磊",
                        "0471-6600000", "plan@example.org", Timestamp.from(Instant.now()))
                .update();
        return jdbc.sql("select max(id) from enterprise").query(Long.class).single();
    }

    private long application(long enterprise, String programme, String data) {
        Timestamp at = Timestamp.valueOf("2012-01-10 09:00:00");
        jdbc.sql("insert into application (number, programme_key, enterprise_id, region, status, data, created_by, "
                        + "created_at, updated_at, submitted_at) values (?,?,?,?,?,?,?,?,?,?)")
                .params("PLAN-" + System.nanoTime(), programme, enterprise, "150100", "DISBURSED", data, "plan-test",
                        at, at, at)
                .update();
        return jdbc.sql("select max(id) from application").query(Long.class).single();
    }

    private void paid(long application, String day) {
        jdbc.sql("insert into disbursement (application_id, purpose, amount, payment_reference, paid_on, recorded_by, "
                        + "recorded_at) values (?,?,?,?,?,?,?)")
                .params(application, "subsidy", new BigDecimal("1000.00"), "PLAN-" + application,
                        Date.valueOf(LocalDate.parse(day)), "finance1", Timestamp.from(Instant.now()))
                .update();
    }

    private void certificate(long enterprise, String level, String validFrom, String status) {
        long application = application(enterprise, "pilot-enterprise-certification", "{}");
        LocalDate from = LocalDate.parse(validFrom);
        jdbc.sql("insert into certificate (number, verification_code, application_id, enterprise_id, level, valid_from, "
                        + "valid_until, status, created_at) values (?,?,?,?,?,?,?,?,?)")
                .params("PLAN-" + application, String.format("PLANCODE%08d", application), application, enterprise,
                        level, Date.valueOf(from), Date.valueOf(from.plusYears(3)), status, Timestamp.from(Instant.now()))
                .update();
    }
}
