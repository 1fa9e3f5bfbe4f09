package org.ipflow.reporting;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The enterprises' satisfaction per programme (好差评): of the evaluations given in a year, how many and the
 * share rated 4 or 5 ("satisfied" or better), and the mean rating.
 */
@Component
class Satisfaction {

    private final JdbcClient jdbc;

    Satisfaction(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One programme's figures; {@code satisfiedPercent} rounded to a whole percent, {@code mean} to a tenth. */
    record Rate(String programme, long evaluations, long satisfiedPercent, double mean) {
    }

    List<Rate> perProgramme(YearWindow years) {
        return jdbc.sql("select programme_key, count(*) as n, sum(case when rating >= 4 then 1 else 0 end) as satisfied, "
                        + "sum(rating) as total from application_evaluation where evaluated_at >= ? and evaluated_at < ? "
                        + "group by programme_key order by programme_key")
                .params(years.start(), years.end())
                .query((rs, i) -> {
                    long n = rs.getLong("n");
                    return new Rate(rs.getString("programme_key"), n, Math.round(100d * rs.getLong("satisfied") / n),
                            Math.round(10d * rs.getLong("total") / n) / 10d);
                })
                .list();
    }
}
