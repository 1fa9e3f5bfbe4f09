package org.ipflow.reporting;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts and sums over IPFlow's own tables for the applications submitted in a year (drafts never count)
 * and the payments made in it. Each is one grouped query: the database adds up, the page gets a few rows.
 */
@Component
class ProgrammeFigures {

    /**
     * Statuses of an application that was approved and not withdrawn since: its approved amount stands. A funded
     * project stays approved after its acceptance (ACCEPTED) and after a recovery (RECOVERED), which the payments'
     * sum shows as a negative payment.
     */
    static final String APPROVED_STATUSES = "('APPROVED', 'PUBLIC_NOTICE', 'DISBURSED', 'ACCEPTED', 'RECOVERED')";

    record Count(String programme, String group, long count) {
    }

    record Money(String programme, BigDecimal approved, BigDecimal paid) {
    }

    private final JdbcClient jdbc;

    ProgrammeFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Count> byStatus(YearWindow years) {
        return countBy("status", years);
    }

    List<Count> byRegion(YearWindow years) {
        return countBy("region", years);
    }

    private List<Count> countBy(String column, YearWindow years) {
        // column is one of two constants above, never user input.
        return jdbc.sql("select programme_key, " + column + " as grp, count(*) as n from application "
                        + "where submitted_at >= ? and submitted_at < ? group by programme_key, " + column
                        + " order by programme_key, " + column)
                .params(years.start(), years.end())
                .query((rs, i) -> new Count(rs.getString("programme_key"), rs.getString("grp"), rs.getLong("n")))
                .list();
    }

    /** Per programme: what was approved for the year's applications, and what was paid in the year. */
    List<Money> money(YearWindow years, List<String> programmes) {
        var approved = jdbc.sql("select programme_key, sum(approved_amount) as total from application "
                        + "where submitted_at >= ? and submitted_at < ? and status in " + APPROVED_STATUSES
                        + " group by programme_key")
                .params(years.start(), years.end())
                .query((rs, i) -> new Money(rs.getString(1), rs.getBigDecimal(2), null)).list();
        var paid = jdbc.sql("select a.programme_key, sum(d.amount) as total from disbursement d "
                        + "join application a on a.id = d.application_id where d.paid_on >= ? and d.paid_on < ? "
                        + "group by a.programme_key")
                .params(years.firstDay(), years.dayAfter())
                .query((rs, i) -> new Money(rs.getString(1), null, rs.getBigDecimal(2))).list();
        return programmes.stream().map(key -> new Money(key, total(approved, key, true), total(paid, key, false)))
                .toList();
    }

    private static BigDecimal total(List<Money> rows, String programme, boolean approved) {
        return rows.stream().filter(m -> m.programme().equals(programme))
                .map(m -> approved ? m.approved() : m.paid())
                .filter(java.util.Objects::nonNull).findFirst().orElse(BigDecimal.ZERO);
    }
}
