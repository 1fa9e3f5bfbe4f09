package org.ipflow.programme;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programmes' expert settings (table {@code programme_expert_settings}); a programme without a row gets
 * {@link ExpertSettings#defaults}, with the configured dispersion threshold ({@code ipflow.expert-review.*}).
 */
@Repository
public class ProgrammeExpertSettings {

    private final JdbcClient jdbc;
    private final BigDecimal defaultThreshold;

    ProgrammeExpertSettings(JdbcClient jdbc,
            @Value("${ipflow.expert-review.dispersion-threshold:20}") BigDecimal defaultThreshold) {
        this.jdbc = jdbc;
        this.defaultThreshold = defaultThreshold;
    }

    public ExpertSettings of(String programmeKey) {
        return jdbc.sql("select fields, experts, region_recusal, accept_days, dispersion_threshold"
                        + " from programme_expert_settings where programme_key = ?").param(programmeKey)
                .query((rs, n) -> new ExpertSettings(fields(rs.getString(1)), rs.getInt(2), rs.getBoolean(3),
                        rs.getInt(4), rs.getBigDecimal(5))).optional()
                .orElseGet(() -> ExpertSettings.defaults(programmeKey, defaultThreshold));
    }

    @Transactional
    public void save(String programmeKey, ExpertSettings settings, String user) {
        jdbc.sql("delete from programme_expert_settings where programme_key = ?").param(programmeKey).update();
        jdbc.sql("insert into programme_expert_settings (programme_key, fields, experts, region_recusal, accept_days,"
                        + " dispersion_threshold, updated_by, updated_at) values (?,?,?,?,?,?,?,?)")
                .params(programmeKey, String.join(",", settings.fields()), settings.experts(), settings.regionRecusal(),
                        settings.acceptDays(), settings.dispersionThreshold(), user, Timestamp.from(Instant.now()))
                .update();
    }

    private static List<String> fields(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(f -> !f.isEmpty()).toList();
    }
}
