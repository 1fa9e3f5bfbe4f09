package org.ipflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.ipflow.IpflowPostgresTest;
import org.ipflow.application.ApiClient;
import org.ipflow.shared.Money;
import org.ipflow.shared.Table;
import org.ipflow.shared.TableExport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/**
 * The dashboard's and the public figures' SQL on a real PostgreSQL, which reads grouping by
 * {@code extract(year …)}, averages and the engine's upper-case table names its own way.
 */
@IpflowPostgresTest
class PostgresDashboardIT {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService tasks;

    @Autowired
    DashboardTables tables;

    @Autowired
    PublicFigures publicFigures;

    @Autowired
    PlanTargets targets;

    @Test
    void everyTableAndThePublicFiguresAddUpOnPostgreSql() throws Exception {
        ApiClient api = new ApiClient(rest);
        var grants = new GrantFixtures(api, runtime, management, tasks);
        int year = LocalDate.now().getYear();
        BigDecimal paidBefore = paid(year);

        String paidEnterprise = grants.newEnterprise();
        long paidId = grants.disbursed(paidEnterprise, "PostgreSQL 统计：已拨付");
        var evaluation = api.call(paidEnterprise, HttpMethod.POST,
                "/api/applications/" + paidId + "/evaluation", Map.of("rating", 5, "comment", "拨付及时"));
        assertThat(evaluation.getStatusCode().value()).as("%s", evaluation.getBody()).isEqualTo(201);
        grants.overdue(grants.newEnterprise(), "PostgreSQL 统计：逾期", null);
        targets.save(Indicator.GRANT_PROJECTS_FUNDED, new BigDecimal("30"), new YearWindow(year, year + 4), "admin");

        for (String name : DashboardTables.NAMES) {
            Table table = tables.table(name, year, Locale.SIMPLIFIED_CHINESE).orElseThrow();
            assertThat(table.rows()).as(name).isNotEmpty();
            try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(TableExport.xlsx(table)))) {
                assertThat(workbook.getSheetAt(0).getLastRowNum()).as(name).isEqualTo(table.rows().size());
            }
        }
        assertThat(paid(year).subtract(paidBefore)).as("the award tranche, 70 % of the 90,000 approved")
                .isEqualByComparingTo("63000");
        Table steps = tables.table("steps", year, Locale.ENGLISH).orElseThrow();
        assertThat(steps.rows()).anySatisfy(row -> {
            assertThat(row.get(2)).isEqualTo("Task_Disbursement");
            assertThat((Long) row.get(3)).isPositive();
        });
        assertThat(tables.table("overdue", year, Locale.ENGLISH).orElseThrow().rows())
                .anySatisfy(row -> assertThat(row.get(0)).isEqualTo("Unclaimed"));
        assertThat(targets.actual(Indicator.GRANT_PROJECTS_FUNDED, YearWindow.of(year))).isPositive();

        List<List<Object>> figures = publicFigures.table(year, Locale.ENGLISH).rows();
        assertThat(figures).anySatisfy(row -> {
            assertThat(row.get(0)).isEqualTo("Patent-transformation grant");
            assertThat(row.get(1)).isEqualTo(String.valueOf(year));
            assertThat((Long) row.get(2)).isGreaterThanOrEqualTo(2);
            assertThat(((Money) row.get(4)).yuan()).isGreaterThanOrEqualTo(new BigDecimal("63000"));
        });
    }

    private BigDecimal paid(int year) {
        return tables.table("money", year, Locale.ENGLISH).orElseThrow().rows().stream()
                .filter(row -> row.get(0).equals("Patent-transformation grant"))
                .map(row -> ((Money) row.get(2)).yuan()).findFirst().orElseThrow();
    }
}
