package org.ipflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.ipflow.shared.CsvRows;
import org.ipflow.shared.OfficeTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The inbox and "done by me" as CSV and Excel: the pages' queries and filters (a reviewer of another
 * region exports none of these tasks), their columns in the reader's language, and a cut export that says
 * it was cut.
 */
@IpflowTest
class TaskExportIT {

    static final String[] REVIEWER1 = {"reviewer", "reviewer-150100"};
    static final String[] REVIEWER2 = {"reviewer", "reviewer-150200"};
    private static final Pattern DONE_NUMBERS = Pattern.compile("href=\"/applications/\\d+\">([A-Z]+-\\d{4}-\\d+)<");
    private static final Pattern INBOX_NUMBERS = Pattern.compile("<td>([A-Z]+-\\d{4}-\\d{6})</td>");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskExport export;
    @Autowired
    MessageSource messages;

    ApiClient api;
    String tag;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest);
        tag = "待办导出" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theInboxExportHoldsTheFilteredTasksOfThePageAndNoOthers() throws Exception {
        String first = number(api.submittedGrant("enterprise1", tag + " 甲", 100000, 40000));
        String second = number(api.submittedGrant("enterprise1", tag + " 乙", 100000, 40000));

        MockHttpServletResponse response = download("/tasks/export.csv?q=" + tag, null, "reviewer1", REVIEWER1);
        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"inbox-" + LocalDate.now(OfficeTime.ZONE) + ".csv\"");
        List<List<String>> rows = csv(response);
        assertThat(rows.get(0)).containsExactly("任务", "申报编号", "项目名称", "地区", "办理期限", "是否逾期", "办理人",
                "申请单位", "统一社会信用代码");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).containsExactly("盟市初审", first, tag + " 甲", "呼和浩特市", rows.get(1).get(4), "",
                "待认领", "呼和浩特青城科技有限公司", "91150100MA0QCKJ01L");
        assertThat(rows.get(1).get(4)).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(rows.stream().skip(1).map(r -> r.get(1)).toList()).containsExactly(first, second)
                .isEqualTo(INBOX_NUMBERS.matcher(page("/tasks?q=" + tag, "reviewer1", REVIEWER1)).results()
                        .map(m -> m.group(1)).toList());

        assertThat(csv(download("/tasks/export.csv?q=" + tag, null, "reviewer2", REVIEWER2)))
                .as("another region's reviewer may not see these tasks").hasSize(1);
        assertThat(new String(download("/tasks/export.csv", null, "reviewer2", REVIEWER2).getContentAsByteArray(),
                StandardCharsets.UTF_8)).doesNotContain(first, second, tag);
        assertThat(csv(download("/tasks/export.csv?region=150200&q=" + tag, null, "reviewer1", REVIEWER1))).hasSize(1);
        assertThat(csv(download("/tasks/export.csv?step=Task_FormalReview&q=" + tag, null, "reviewer1", REVIEWER1)))
                .hasSize(1);
        assertThat(csv(download("/tasks/export.csv?step=Task_RegionalPreReview&q=" + first, null, "reviewer1",
                REVIEWER1))).hasSize(2);
    }

    @Test
    void anEnglishSessionGetsTheInboxWorkbookInEnglish() throws Exception {
        String number = number(api.submittedGrant("enterprise1", tag + " workbook", 100000, 40000));

        MockHttpServletResponse response = download("/tasks/export.xlsx?q=" + number, "en", "reviewer1", REVIEWER1);
        assertThat(response.getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            var sheet = workbook.getSheet("inbox");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Task");
            assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Held by");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Regional pre-review");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(number);
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Hohhot");
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("unclaimed");
            assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Applicant");
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("呼和浩特青城科技有限公司");
        }
    }

    @Test
    void doneByMeExportsTheCallersDecisionsAsThePageListsThem() throws Exception {
        long id = api.submittedGrant("enterprise1", tag + " 已办", 100000, 40000);
        String number = number(id);
        String preReview = api.taskFor("reviewer1", id, "Task_RegionalPreReview");
        assertThat(api.complete("reviewer1", preReview, Map.of("decision", "approve", "comment", "材料齐全"))
                .getStatusCode().value()).isEqualTo(200);

        MockHttpServletResponse response = download("/tasks/done/export.csv", null, "reviewer1", REVIEWER1);
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"done-" + LocalDate.now(OfficeTime.ZONE) + ".csv\"");
        List<List<String>> rows = csv(response);
        assertThat(rows.get(0)).containsExactly("办理时间", "任务", "申报编号", "办理意见", "状态");
        String status = messages.getMessage("status." + api.application("enterprise1", id).get("status"), null,
                Locale.SIMPLIFIED_CHINESE);
        assertThat(rows.get(1)).containsExactly(rows.get(1).get(0), "盟市初审", number, "通过", status);
        assertThat(rows.get(1).get(0)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        List<String> onPage = DONE_NUMBERS.matcher(page("/tasks/done", "reviewer1", REVIEWER1)).results()
                .map(m -> m.group(1)).toList();
        assertThat(rows.stream().skip(1).limit(onPage.size()).map(r -> r.get(2)).toList()).isEqualTo(onPage);

        String english = new String(download("/tasks/done/export.csv", "en", "reviewer1", REVIEWER1)
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(english).contains("When,Task,Number,Decision,Status", "Regional pre-review," + number + ",Approved");
        assertThat(new String(download("/tasks/done/export.csv", null, "reviewer2", REVIEWER2).getContentAsByteArray(),
                StandardCharsets.UTF_8)).as("only the caller's decisions").doesNotContain(number);
    }

    @Test
    void exportsPastTheirBoundEndWithARowSayingTheyWereCut() {
        long first = api.submittedGrant("enterprise1", tag + " 一", 100000, 40000);
        long second = api.submittedGrant("enterprise1", tag + " 二", 100000, 40000);
        var reviewer = new UsernamePasswordAuthenticationToken("reviewer1", null,
                Arrays.stream(REVIEWER1).map(SimpleGrantedAuthority::new).toList());
        InboxFilter filter = new InboxFilter(null, null, null, false, InboxFilter.Sort.DUE, tag);

        var inbox = export.inbox(reviewer, filter, Locale.SIMPLIFIED_CHINESE, 1);
        assertThat(inbox.rows()).hasSize(2);
        assertThat(inbox.rows().get(1)).containsExactly("仅导出前 1 行：符合条件的申报或任务多于此数，请缩小筛选范围后分批导出。");
        assertThat(export.inbox(reviewer, filter, Locale.ENGLISH, 2).rows()).as("exactly at the bound: no note")
                .hasSize(2).allMatch(row -> row.size() == 9);

        // Two decisions of reviewer1's own, so that "done by me" has more than its bound whatever ran before.
        for (long id : new long[] {first, second}) {
            assertThat(api.complete("reviewer1", api.taskFor("reviewer1", id, "Task_RegionalPreReview"),
                    Map.of("decision", "approve")).getStatusCode().value()).isEqualTo(200);
        }
        var done = export.done(reviewer, Locale.ENGLISH, 1);
        assertThat(done.rows()).hasSize(2);
        assertThat(done.rows().get(1).get(0).toString()).startsWith("Only the first 1 rows were exported");
    }

    private String number(long id) {
        return (String) api.application("enterprise1", id).get("number");
    }

    private MockHttpServletResponse download(String path, String language, String username, String... authorities)
            throws Exception {
        var request = get(path).with(user(username).authorities(
                Arrays.stream(authorities).map(SimpleGrantedAuthority::new).toList()));
        if (language != null) {
            request.cookie(new Cookie("ipflow-lang", language));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response;
    }

    private String page(String path, String username, String... authorities) throws Exception {
        return new String(download(path, null, username, authorities).getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static List<List<String>> csv(MockHttpServletResponse response) {
        byte[] body = response.getContentAsByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        return CsvRows.parse(new String(body, StandardCharsets.UTF_8).substring(1));
    }
}
