package org.ipflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.ipflow.shared.CsvRows;
import org.ipflow.shared.ExportFormat;
import org.ipflow.shared.OfficeTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The dashboard's figures after grants worked through the process: each figure is read from the
 * export before and after, so that what other tests left in the shared database does not matter.
 */
@IpflowTest
class DashboardIT {

    static final String GRANT = "专利转化资助";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcClient jdbc;

    GrantFixtures grants;
    final int year = LocalDate.now(OfficeTime.ZONE).getYear();

    @BeforeEach
    void setUp() {
        grants = new GrantFixtures(new ApiClient(rest), runtime, management, tasks);
    }

    static RequestPostProcessor as(String name, String role) {
        return user(name).authorities(List.of(new SimpleGrantedAuthority(role)));
    }

    @Test
    void figuresFollowTheApplicationsWorkedThroughTheGrantProcess() throws Exception {
        var statusBefore = csv("status");
        var regionsBefore = csv("regions");
        var moneyBefore = csv("money");
        var stepsBefore = csv("steps");
        var overdueBefore = csv("overdue");
        var publicBefore = publicFigures();

        grants.disbursed(grants.newEnterprise(), "统计看板：已拨付");
        grants.rejected(grants.newEnterprise(), "统计看板：不予资助");
        grants.overdue(grants.newEnterprise(), "统计看板：逾期已认领", "reviewer1");
        grants.overdue(grants.newEnterprise(), "统计看板：逾期未认领", null);

        var status = csv("status");
        assertThat(count(status, GRANT, "已拨付") - count(statusBefore, GRANT, "已拨付")).isEqualTo(1);
        assertThat(count(status, GRANT, "不予通过") - count(statusBefore, GRANT, "不予通过")).isEqualTo(1);
        assertThat(count(status, GRANT, "已提交") - count(statusBefore, GRANT, "已提交")).isEqualTo(2);
        assertThat(count(csv("regions"), GRANT, "呼和浩特市") - count(regionsBefore, GRANT, "呼和浩特市")).isEqualTo(4);

        var money = csv("money");
        assertThat(amount(money, GRANT, 1).subtract(amount(moneyBefore, GRANT, 1))).isEqualByComparingTo("90000");
        assertThat(amount(money, GRANT, 2).subtract(amount(moneyBefore, GRANT, 2))).as("paid: the award tranche")
                .isEqualByComparingTo(String.valueOf(GrantFixtures.AWARD_TRANCHE));

        var steps = csv("steps");
        assertThat(completed(steps, "Task_RegionalPreReview") - completed(stepsBefore, "Task_RegionalPreReview")).isEqualTo(2);
        assertThat(completed(steps, "Task_ExpertScoring") - completed(stepsBefore, "Task_ExpertScoring")).isEqualTo(3);
        assertThat(completed(steps, "Task_Disbursement") - completed(stepsBefore, "Task_Disbursement")).isEqualTo(1);
        List<String> approval = row(steps, 2, "Task_ApproverDecision").orElseThrow();
        assertThat(new BigDecimal(approval.get(5))).isGreaterThanOrEqualTo(new BigDecimal(approval.get(4)));

        var overdue = csv("overdue");
        assertThat(overdueCount(overdue, "reviewer1") - overdueCount(overdueBefore, "reviewer1")).isEqualTo(1);
        assertThat(overdueCount(overdue, "未认领") - overdueCount(overdueBefore, "未认领")).isEqualTo(1);
        assertThat(row(overdue, 0, "reviewer1").orElseThrow().get(2))
                .isLessThanOrEqualTo(LocalDate.now(OfficeTime.ZONE).minusDays(1).toString());

        var figures = publicFigures();
        String thisYear = String.valueOf(year);
        assertThat(publicCell(figures, thisYear, 2) - publicCell(publicBefore, thisYear, 2)).isEqualTo(4);
        assertThat(publicCell(figures, thisYear, 3) - publicCell(publicBefore, thisYear, 3)).isEqualTo(1);
        assertThat(publicCell(figures, thisYear, 4) - publicCell(publicBefore, thisYear, 4)).as("paid this year")
                .isEqualTo(GrantFixtures.AWARD_TRANCHE);
    }

    @Test
    void theGrantTargetIsShownAgainstTheProjectsFunded() throws Exception {
        mvc.perform(post("/admin/targets/grant-projects-funded").with(as("admin", "admin")).with(csrf())
                        .param("targetValue", "40").param("fromYear", String.valueOf(year))
                        .param("toYear", String.valueOf(year + 4)))
                .andExpect(redirectedUrl("/admin/targets"));
        long before = target(csv("targets"));

        grants.disbursed(grants.newEnterprise(), "统计看板：规划目标");

        var targets = csv("targets");
        List<String> grantRow = row(targets, 0, "获资助的专利转化项目（项）").orElseThrow();
        assertThat(grantRow.get(1)).isEqualTo(year + "–" + (year + 4));
        assertThat(grantRow.get(2)).isEqualTo("40");
        assertThat(Long.parseLong(grantRow.get(3))).isEqualTo(before + 1);
        assertThat(Long.parseLong(grantRow.get(4))).isEqualTo((before + 1) * 100 / 40);
        String page = mvc.perform(get("/dashboard").with(as("approver1", "approver"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"plan-grant-projects-funded\"", "已完成 " + (before + 1) + "，目标 40");
    }

    @Test
    void eachExportHasTheRowsOfThePageInCsvWithAByteOrderMarkAndInExcel() throws Exception {
        grants.disbursed(grants.newEnterprise(), "统计看板：导出");
        grants.overdue(grants.newEnterprise(), "统计看板：导出逾期", "reviewer1");
        grants.evaluated(grants.newEnterprise(), "统计看板：导出好差评", 5);
        for (String table : DashboardTables.NAMES) {
            var response = mvc.perform(get("/dashboard/export/" + table + ".csv").with(as("approver1", "approver")))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
            assertThat(response.getHeader("Content-Disposition")).contains("ipflow-" + table + "-" + year + ".csv");
            byte[] bytes = response.getContentAsByteArray();
            assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
            var csv = CsvRows.parse(new String(bytes, StandardCharsets.UTF_8).substring(1));
            assertThat(csv).as(table).hasSizeGreaterThan(1);

            var xlsx = mvc.perform(get("/dashboard/export/" + table + ".xlsx").with(as("admin", "admin")))
                    .andReturn().getResponse();
            assertThat(xlsx.getContentType()).isEqualTo(ExportFormat.XLSX.mediaType().toString());
            assertThat(sheet(xlsx.getContentAsByteArray())).as(table).isEqualTo(csv);
        }
        String page = mvc.perform(get("/dashboard").with(as("approver1", "approver"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"table-status\"", "id=\"chart-status\"", "data-chart=", GRANT, "已拨付",
                "/dashboard/export/steps.xlsx?year=" + year);
    }

    /** A task due a minute after midnight in Beijing is due that day, though a server in UTC is still on the day before. */
    @Test
    void theOldestDueDateIsTheOfficesDay() throws Exception {
        LocalDate yesterday = LocalDate.now(OfficeTime.ZONE).minusDays(1);
        long id = grants.overdue(grants.newEnterprise(), "统计看板：办公时间的逾期日", null);
        String task = new ApiClient(rest).taskFor("reviewer1", id, "Task_RegionalPreReview");
        String assignee = "office-day-" + id;
        tasks.setAssignee(task, assignee);
        tasks.setDueDate(task, Date.from(yesterday.atTime(0, 1).atZone(OfficeTime.ZONE).toInstant()));

        TimeZone serverZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        try {
            assertThat(row(csv("overdue"), 0, assignee).orElseThrow().get(2)).isEqualTo(yesterday.toString());
        } finally {
            TimeZone.setDefault(serverZone);
        }
    }

    /**
     * An application submitted at 00:30 on New Year's Day in Beijing counts in the office's new year, on the
     * dashboard and the public figures, though a server in UTC is still in the old year then.
     */
    @Test
    void anApplicationSubmittedInTheOfficesFirstHourOfTheYearCountsInThatYear() throws Exception {
        long id = grants.rejected(grants.newEnterprise(), "统计看板：元旦凌晨提交");
        TimeZone serverZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        try {
            var statusBefore = csv("status");
            var publicBefore = publicFigures();
            java.time.Instant newYear = LocalDate.of(year, 1, 1).atTime(0, 30).atZone(OfficeTime.ZONE).toInstant();
            jdbc.sql("update application set submitted_at = ? where id = ?")
                    .params(java.sql.Timestamp.from(newYear), id).update();

            assertThat(count(csv("status"), GRANT, "不予通过")).isEqualTo(count(statusBefore, GRANT, "不予通过"));
            var figures = publicFigures();
            assertThat(publicCell(figures, String.valueOf(year), 2))
                    .isEqualTo(publicCell(publicBefore, String.valueOf(year), 2));
            assertThat(publicCell(figures, String.valueOf(year - 1), 2))
                    .isEqualTo(publicCell(publicBefore, String.valueOf(year - 1), 2));
        } finally {
            TimeZone.setDefault(serverZone);
        }
    }

    @Test
    void englishHeadingsWhenTheReaderChoseEnglish() throws Exception {
        var response = mvc.perform(get("/dashboard/export/money.csv").param("lang", "en").with(as("admin", "admin")))
                .andReturn().getResponse();
        var rows = CsvRows.parse(response.getContentAsString(StandardCharsets.UTF_8).substring(1));
        assertThat(rows.get(0)).containsExactly("Programme", "Approved (yuan)", "Paid (yuan)");
        assertThat(rows).extracting(r -> r.get(0)).contains("Patent-transformation grant");
    }

    @Test
    void unknownTablesAndFormatsAreNotFound() throws Exception {
        assertThat(mvc.perform(get("/dashboard/export/secrets.csv").with(as("admin", "admin"))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/dashboard/export/status.pdf").with(as("admin", "admin"))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    private List<List<String>> csv(String table) throws Exception {
        byte[] bytes = mvc.perform(get("/dashboard/export/" + table + ".csv").with(as("approver1", "approver")))
                .andReturn().getResponse().getContentAsByteArray();
        return CsvRows.parse(new String(bytes, StandardCharsets.UTF_8).substring(1));
    }

    private List<List<String>> publicFigures() throws Exception {
        byte[] bytes = mvc.perform(get("/public/figures.csv")).andReturn().getResponse().getContentAsByteArray();
        return CsvRows.parse(new String(bytes, StandardCharsets.UTF_8).substring(1));
    }

    private static Optional<List<String>> row(List<List<String>> rows, int column, String value) {
        return rows.stream().skip(1).filter(r -> r.get(column).equals(value)).findFirst();
    }

    private static long count(List<List<String>> rows, String programme, String group) {
        return rows.stream().skip(1).filter(r -> r.get(0).equals(programme) && r.get(1).equals(group))
                .mapToLong(r -> Long.parseLong(r.get(2))).sum();
    }

    private static BigDecimal amount(List<List<String>> rows, String programme, int column) {
        return row(rows, 0, programme).map(r -> new BigDecimal(r.get(column))).orElse(BigDecimal.ZERO);
    }

    private static long completed(List<List<String>> rows, String stepKey) {
        return row(rows, 2, stepKey).map(r -> Long.parseLong(r.get(3))).orElse(0L);
    }

    private static long overdueCount(List<List<String>> rows, String assignee) {
        return row(rows, 0, assignee).map(r -> Long.parseLong(r.get(1))).orElse(0L);
    }

    private static long target(List<List<String>> rows) {
        return Long.parseLong(row(rows, 0, "获资助的专利转化项目（项）").orElseThrow().get(3));
    }

    private static long publicCell(List<List<String>> rows, String year, int column) {
        return rows.stream().skip(1).filter(r -> r.get(0).equals(GRANT) && r.get(1).equals(year))
                .map(r -> new BigDecimal(r.get(column)).longValueExact()).findFirst().orElse(0L);
    }

    /** The first sheet as text, numbers written as the CSV writes them, so the two can be compared. */
    private static List<List<String>> sheet(byte[] xlsx) throws Exception {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(text(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "";
        }
        if (cell.getCellType() == CellType.STRING) {
            return cell.getStringCellValue();
        }
        if (DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        String format = cell.getCellStyle().getDataFormatString();
        double value = cell.getNumericCellValue();
        if (format.contains("0.00")) {
            return BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        }
        if (format.contains("0.0")) {
            return String.format(java.util.Locale.ROOT, "%.1f", value);
        }
        return String.valueOf((long) value);
    }
}
