package org.ipflow.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipflow.shared.Region;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the programmes achieved toward the plan, per region: the funded projects accepted at the end of their
 * project period (项目验收) with the results their enterprises reported — new output value (新增产值), jobs,
 * patents implemented — the loan principal of the pledge financing subsidised, and the enterprises certified.
 * A project counts in the year it was accepted; one accepted and then recovered no longer counts.
 */
@Component
class PlanResults {

    /** One region's figures; amounts in yuan. */
    record RegionFigures(String region, long acceptedProjects, BigDecimal newOutputValue, long jobs,
            long patentsImplemented, BigDecimal pledgeVolume, long certifiedEnterprises) {

        RegionFigures plus(RegionFigures other) {
            return new RegionFigures(region, acceptedProjects + other.acceptedProjects,
                    newOutputValue.add(other.newOutputValue), jobs + other.jobs,
                    patentsImplemented + other.patentsImplemented, pledgeVolume.add(other.pledgeVolume),
                    certifiedEnterprises + other.certifiedEnterprises);
        }
    }

    private static final BigDecimal NONE = BigDecimal.ZERO;

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    PlanResults(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Every region of the office, in its order, with its figures of the years (zeros where there are none). */
    List<RegionFigures> byRegion(YearWindow years) {
        Map<String, RegionFigures> regions = new LinkedHashMap<>();
        for (Region region : Region.values()) {
            regions.put(region.code(), new RegionFigures(region.code(), 0, NONE, 0, 0, NONE, 0));
        }
        jdbc.sql("select a.region, count(*), sum(r.new_output_value), sum(r.jobs), sum(r.patents_implemented) "
                        + "from application a join project_result r on r.application_id = a.id where a.status = 'ACCEPTED' "
                        // the acceptance: the reviewer's approval recorded after the last results report
                        + "and exists (select 1 from decision_record d where d.application_id = a.id and d.decision = "
                        + "'approve' and d.decided_at >= ? and d.decided_at < ? and d.id > (select max(x.id) from "
                        + "decision_record x where x.application_id = a.id and x.decision = 'results-reported')) "
                        + "group by a.region")
                .params(years.firstDay(), years.dayAfter())
                .query((rs, n) -> new RegionFigures(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3), rs.getLong(4),
                        rs.getLong(5), NONE, 0)).list().forEach(r -> add(regions, r));
        jdbc.sql("select a.region, a.data from application a where a.programme_key = 'pledge-financing' and exists "
                        + "(select 1 from disbursement d where d.application_id = a.id and d.paid_on >= ? and d.paid_on < ?)")
                .params(years.firstDay(), years.dayAfter())
                .query((rs, n) -> new RegionFigures(rs.getString(1), 0, NONE, 0, 0, principal(rs.getString(2)), 0)).list()
                .forEach(r -> add(regions, r));
        jdbc.sql("select e.region, count(distinct c.enterprise_id) from certificate c join enterprise e "
                        + "on e.id = c.enterprise_id where c.status = 'VALID' and c.valid_from >= ? and c.valid_from < ? "
                        + "group by e.region")
                .params(years.firstDay(), years.dayAfter())
                .query((rs, n) -> new RegionFigures(rs.getString(1), 0, NONE, 0, 0, NONE, rs.getLong(2))).list()
                .forEach(r -> add(regions, r));
        return List.copyOf(regions.values());
    }

    /** All regions together. */
    RegionFigures total(YearWindow years) {
        return byRegion(years).stream().reduce(new RegionFigures(null, 0, NONE, 0, 0, NONE, 0), RegionFigures::plus);
    }

    private static void add(Map<String, RegionFigures> regions, RegionFigures figures) {
        regions.merge(figures.region(), figures, RegionFigures::plus);
    }

    /**
     * The loan principal sits in the application's form data, not in a column, so it is read here: one row per
     * subsidised loan of the years, a few hundred at most.
     */
    private BigDecimal principal(String data) {
        try {
            JsonNode principal = json.readTree(data).path("principal");
            return principal.isNumber() ? principal.decimalValue() : NONE;
        } catch (JsonProcessingException unreadable) {
            return NONE;
        }
    }
}
