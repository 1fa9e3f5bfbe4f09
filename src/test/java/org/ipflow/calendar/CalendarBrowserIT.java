package org.ipflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.ipflow.Browser;
import org.ipflow.BrowserTest;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator keeps the office calendar in the browser, in Chinese and in English: a year not yet
 * entered says so, dates typed by hand are saved, a CSV file with a bad line is refused naming the line, a
 * good one replaces the year, and the deadlines follow.
 */
@IpflowTest
@BrowserTest
class CalendarBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    WorkingDays workingDays;

    Browser browser;

    @BeforeEach
    void open() throws IOException {
        browser = new Browser(port);
    }

    @AfterEach
    void close() throws IOException {
        browser.screenshot("calendar-last");
        browser.close();
    }

    @Test
    void anAdministratorEntersAYearByHandInChinese() throws IOException {
        browser.login("admin").open("/admin");
        browser.submit("#admin-calendar");
        browser.open("/admin/calendar?year=2034");
        assertThat(browser.find("#calendar-state").getText()).contains("尚未录入");

        browser.type("holidays", "2034-10-02\n2034-10-03, 2034-10-04");
        browser.type("workdays", "2034-10-08");
        browser.submit("#calendar-form button");

        assertThat(browser.text()).contains("2034 年办公日历已保存：3 个节假日，1 个调休上班日");
        assertThat(browser.find("#calendar-state").getText()).contains("已录入", "admin");
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2034-10-02"))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2034-10-08"))).as("a Sunday worked").isTrue();
        browser.screenshot("calendar-01-saved-zh");
    }

    @Test
    void anAdministratorImportsACsvFileInEnglishAfterFixingTheLineItNamed() throws IOException {
        browser.login("admin").open("/admin/calendar?year=2035&lang=en");

        browser.find("#file").sendKeys(csv("date,type\n2035-10-01,holiday\n2035/10/02,holiday\n").toString());
        browser.submit("#calendar-import button");
        assertThat(browser.find("#calendar-problems").getText()).contains("Nothing was saved", "Line 3", "2035/10/02");
        assertThat(browser.find("#calendar-state").getText()).contains("No office calendar");
        browser.screenshot("calendar-02-refused-en");

        browser.find("#file").sendKeys(csv("date,type\n2035-10-01,holiday\n2035-10-02,holiday\n2035-09-29,workday\n")
                .toString());
        browser.submit("#calendar-import button");
        assertThat(browser.text()).contains("The 2035 calendar was imported: 2 public holidays, 1 swapped working days.");
        assertThat(browser.find("#holidays").getAttribute("value")).isEqualTo("2035-10-01\n2035-10-02");
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2035-09-29"))).as("a Saturday worked").isTrue();
        browser.screenshot("calendar-03-imported-en");
    }

    private static Path csv(String text) throws IOException {
        return Files.writeString(Files.createTempFile("calendar", ".csv"), text, StandardCharsets.UTF_8).toAbsolutePath();
    }
}
