package org.ipflow.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The application list as CSV and Excel: the page's search and columns in the reader's language, staff
 * seeing submitted applications, an enterprise only its own, and a cut export that says it was cut.
 */
@IpflowTest
class ApplicationExportIT {

    static final List<String> HEADINGS_ZH = List.of("申报编号", "项目", "项目名称", "状态", "当前环节", "更新时间");
    static final List<String> HEADINGS_EN = List.of("Number", "Programme", "Project", "Status", "Current step",
            "Updated");
    private static final Pattern PAGE_NUMBERS = Pattern.compile("href=\"/applications/\\d+\">([^<]+)<");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ApplicationExport export;

    ApiClient api;
    String tag;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest);
        tag = "导出" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void staffExportTheSearchAsThePageShowsItInChinese() throws Exception {
        long id = api.submittedGrant("enterprise1", tag + " 稀土电机", 100000, 40000);
        String number = number("enterprise1", id);

        MockHttpServletResponse response = download("/applications/export.csv?q=" + number, null, "reviewer3",
                "reviewer");
        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"applications-" + LocalDate.now(OfficeTime.ZONE) + ".csv\"");
        List<List<String>> rows = csv(response);
        assertThat(rows.get(0)).containsExactlyElementsOf(HEADINGS_ZH);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).containsExactly(number, "专利转化资助", tag + " 稀土电机", "已提交", "盟市初审",
                rows.get(1).get(5));
        assertThat(rows.get(1).get(5)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        String page = page("/applications?q=" + number, null, "reviewer3", "reviewer");
        assertThat(page).contains(rows.get(1).get(5), "盟市初审", tag + " 稀土电机");
    }

    @Test
    void anEnglishSessionGetsEnglishHeadingsAndValuesInTheWorkbook() throws Exception {
        long id = api.submittedGrant("enterprise1", tag + " workbook", 100000, 40000);
        String number = number("enterprise1", id);

        MockHttpServletResponse response = download("/applications/export.xlsx?q=" + number, "en", "approver1",
                "approver");
        assertThat(response.getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.getHeader("Content-Disposition")).endsWith(".xlsx\"");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            var sheet = workbook.getSheet("applications");
            for (int c = 0; c < HEADINGS_EN.size(); c++) {
                assertThat(sheet.getRow(0).getCell(c).getStringCellValue()).isEqualTo(HEADINGS_EN.get(c));
            }
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(number);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Patent-transformation grant");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Submitted");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Regional pre-review");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void anEnterpriseExportsExactlyTheApplicationsItsPageLists() throws Exception {
        String enterprise = api.newEnterprise();
        long submitted = api.submittedGrant(enterprise, tag + " 已提交", 100000, 40000);
        long draft = api.completeDraft(enterprise, tag + " 草稿", 100000, 40000);
        long others = api.submittedGrant("enterprise1", tag + " 他人", 100000, 40000);

        List<List<String>> rows = csv(download("/applications/export.csv", null, enterprise, "enterprise"));
        List<String> exported = rows.stream().skip(1).map(row -> row.get(0)).toList();
        assertThat(exported).as("a draft has no number yet: it is named as on the page")
                .containsExactly("草稿（提交后编号）", number(enterprise, submitted));
        assertThat(exported).isEqualTo(PAGE_NUMBERS.matcher(page("/applications", null, enterprise, "enterprise"))
                .results().map(m -> m.group(1)).toList());
        assertThat(rows.get(1)).contains("草稿");

        String othersNumber = number("enterprise1", others);
        String enterprise2 = new String(download("/applications/export.csv", null, "enterprise2", "enterprise")
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(enterprise2).doesNotContain(othersNumber, tag);
        assertThat(csv(download("/applications/export.csv?q=" + othersNumber, null, enterprise, "enterprise")))
                .as("another's number finds nothing").hasSize(1);
    }

    @Test
    void anExportPastItsBoundEndsWithARowSayingItWasCut() {
        String enterprise = api.newEnterprise();
        for (int i = 0; i < 3; i++) {
            api.completeDraft(enterprise, tag + " " + i, 100000, 40000);
        }
        var owner = new UsernamePasswordAuthenticationToken(enterprise, null,
                List.of(new SimpleGrantedAuthority("enterprise")));

        var cut = export.table(owner, null, Locale.SIMPLIFIED_CHINESE, 2);
        assertThat(cut.rows()).hasSize(3);
        assertThat(cut.rows().get(2)).containsExactly("仅导出前 2 行：符合条件的申报或任务多于此数，请缩小筛选范围后分批导出。");
        var english = export.table(owner, null, Locale.ENGLISH, 2);
        assertThat(english.rows().get(2).get(0).toString()).startsWith("Only the first 2 rows were exported");
        assertThat(export.table(owner, null, Locale.ENGLISH, 3).rows()).as("exactly at the bound: no note")
                .hasSize(3).allMatch(row -> row.size() == 6);
    }

    @Test
    void anUnknownFormatIsNotFound() throws Exception {
        assertThat(mvc.perform(get("/applications/export.pdf").with(user("reviewer3").authorities(
                new SimpleGrantedAuthority("reviewer")))).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private String number(String user, long id) {
        return (String) api.application(user, id).get("number");
    }

    private MockHttpServletResponse download(String path, String language, String username, String authority)
            throws Exception {
        var request = get(path).with(user(username).authorities(new SimpleGrantedAuthority(authority)));
        if (language != null) {
            request.cookie(new Cookie("ipflow-lang", language));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response;
    }

    private String page(String path, String language, String username, String authority) throws Exception {
        return new String(download(path, language, username, authority).getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    static List<List<String>> csv(MockHttpServletResponse response) {
        byte[] body = response.getContentAsByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        return CsvRows.parse(new String(body, StandardCharsets.UTF_8).substring(1));
    }
}
