package org.ipflow.reporting;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ipflow.shared.Table;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The targets of the five-year plan (table {@code plan_target}) and what the programmes achieved toward them. */
@Component
class PlanTargets {

    record Target(Indicator indicator, BigDecimal value, int fromYear, int toYear, String updatedBy, Instant updatedAt) {
    }

    /** A target, if one was entered, with the actual figure over its years. */
    record Progress(Indicator indicator, Target target, BigDecimal actual) {

        public String actualText() {
            return Table.text(indicator.money() ? actual : (Object) actual.longValue());
        }

        public String targetText() {
            return target == null ? "" : Table.text(indicator.money() ? target.value() : (Object) target.value().longValue());
        }

        /** Share of the target achieved, in percent, rounded down; null without a target or with a target of 0. */
        public Integer percent() {
            if (target == null || target.value().signum() == 0) {
                return null;
            }
            return actual.multiply(BigDecimal.valueOf(100)).divide(target.value(), 0, java.math.RoundingMode.DOWN)
                    .intValue();
        }
    }

    private final JdbcClient jdbc;
    private final PlanResults results;

    PlanTargets(JdbcClient jdbc, PlanResults results) {
        this.jdbc = jdbc;
        this.results = results;
    }

    Optional<Target> find(Indicator indicator) {
        return jdbc.sql("select * from plan_target where indicator = ?").param(indicator.name())
                .query((rs, i) -> new Target(indicator, rs.getBigDecimal("target_value"), rs.getInt("from_year"),
                        rs.getInt("to_year"), rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    @Transactional
    void save(Indicator indicator, BigDecimal value, YearWindow years, String user) {
        var at = Timestamp.from(Instant.now());
        int updated = jdbc.sql("update plan_target set target_value = ?, from_year = ?, to_year = ?, updated_by = ?, "
                        + "updated_at = ? where indicator = ?")
                .params(value, years.from(), years.to(), user, at, indicator.name()).update();
        if (updated == 0) {
            jdbc.sql("insert into plan_target (indicator, target_value, from_year, to_year, updated_by, updated_at) "
                            + "values (?,?,?,?,?,?)")
                    .params(indicator.name(), value, years.from(), years.to(), user, at).update();
        }
    }

    /** Every indicator with its target, if entered, and what was achieved in the target's years (or this year). */
    List<Progress> progress(int currentYear) {
        return Arrays.stream(Indicator.values()).map(indicator -> {
            Target target = find(indicator).orElse(null);
            YearWindow years = target == null ? YearWindow.of(currentYear)
                    : new YearWindow(target.fromYear(), target.toYear());
            return new Progress(indicator, target, actual(indicator, years));
        }).toList();
    }

    BigDecimal actual(Indicator indicator, YearWindow years) {
        return switch (indicator) {
            case PLEDGE_FINANCING_VOLUME -> results.total(years).pledgeVolume();
            case NEW_OUTPUT_VALUE -> results.total(years).newOutputValue();
            case GRANT_PROJECTS_ACCEPTED -> BigDecimal.valueOf(results.total(years).acceptedProjects());
            case PILOT_ENTERPRISES -> certifiedEnterprises("PILOT", years);
            case DEMONSTRATION_ENTERPRISES -> certifiedEnterprises("DEMONSTRATION", years);
            case GRANT_PROJECTS_FUNDED -> BigDecimal.valueOf(jdbc.sql("select count(distinct d.application_id) "
                            + "from disbursement d join application a on a.id = d.application_id "
                            + "where a.programme_key = 'patent-transformation-grant' and d.paid_on >= ? and d.paid_on < ?")
                    .params(years.firstDay(), years.dayAfter()).query(Long.class).single());
        };
    }

    private BigDecimal certifiedEnterprises(String level, YearWindow years) {
        return BigDecimal.valueOf(jdbc.sql("select count(distinct enterprise_id) from certificate "
                        + "where level = ? and status = 'VALID' and valid_from >= ? and valid_from < ?")
                .params(level, years.firstDay(), years.dayAfter()).query(Long.class).single());
    }
}
