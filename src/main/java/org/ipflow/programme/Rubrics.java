package org.ipflow.programme;

import java.util.List;
import java.util.Optional;
import org.ipflow.programme.Rubric.Criterion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The programmes' rubrics (table {@code rubric_criterion}), read on every use like the programmes themselves. */
@Repository
public class Rubrics {

    private final JdbcClient jdbc;

    Rubrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The programme's rubric; empty for a programme that scores without one. */
    public Optional<Rubric> of(String programmeKey) {
        List<Criterion> criteria = jdbc.sql("select criterion_key, name_zh, name_en, weight, maximum, guidance_zh, "
                        + "guidance_en from rubric_criterion where programme_key = ? order by position")
                .param(programmeKey).query((rs, n) -> new Criterion(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getString(6), rs.getString(7))).list();
        return criteria.isEmpty() ? Optional.empty() : Optional.of(new Rubric(criteria));
    }

    /** Replaces the programme's rubric; no criteria removes it. */
    @Transactional
    public void save(String programmeKey, List<Criterion> criteria) {
        jdbc.sql("delete from rubric_criterion where programme_key = ?").param(programmeKey).update();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            jdbc.sql("insert into rubric_criterion (programme_key, position, criterion_key, name_zh, name_en, weight, "
                            + "maximum, guidance_zh, guidance_en) values (?,?,?,?,?,?,?,?,?)")
                    .params(programmeKey, i + 1, c.key(), c.nameZh(), c.nameEn(), c.weight(), c.maximum(),
                            c.guidanceZh(), c.guidanceEn()).update();
        }
    }
}
