package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ipflow.Browser;
import org.ipflow.BrowserTest;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * The draft page's defects as an applicant met them in Chromium, each with the journey that would have
 * caught it, in Chinese at 1400 px and in English on a 390 px phone: a choice made and submitted at once
 * counts (with and without script); a refused document says why next to the file field, in sight, with the
 * kind still chosen and the typed text kept, and a file too large or of the wrong type is refused before
 * it is sent; a list shows no phantom row after a save or an error, and rows can be removed (with and
 * without script). Screenshots: target/screenshots/draft-*.png.
 */
@IpflowTest
@BrowserTest
class DraftDefectsBrowserIT {

    @LocalServerPort int port;
    @Autowired TestRestTemplate rest;
    @Autowired MessageSource messages;
    Browser browser;
    Path files;

    @BeforeEach
    void open() throws IOException {
        browser = new Browser(port);
        files = Files.createTempDirectory("draft-documents");
    }

    @AfterEach
    void close() throws IOException {
        browser.close();
        try (var listed = Files.list(files)) {
            for (Path file : listed.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(files);
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"zh_CN, 1400", "en, 390"})
    void aChoiceMadeAndSubmittedAtOnceCounts(String language, int width) throws IOException {
        DraftInBrowser page = new DraftInBrowser(browser, new ApiClient(rest), messages, language, width);
        long id = page.draftWithoutAChoice("当场选择后提交的项目");
        page.open("/applications/" + id + "/edit");

        browser.select("field-patents-0--acquisition", "transferred");
        browser.submit("button[formaction$='/submit']");

        assertThat(browser.path()).isEqualTo("/applications/" + id);
        Object number = new ApiClient(rest).application("enterprise1", id).get("number");
        assertThat(browser.find("main .alert-success").getText()).isEqualTo(page.text("application.submitted", number));
        assertThat(page.stored(id).get("patents").toString()).contains("acquisition=transferred");
        browser.screenshot("draft-submit-at-once-" + page.name());
    }

    @Test
    void withoutScriptTheUploadAndSubmitButtonsSendWhatIsOnScreenAndRowsAreRemovedByTheServer() throws IOException {
        browser.close();
        browser = Browser.withoutScript(port);
        DraftInBrowser page = new DraftInBrowser(browser, new ApiClient(rest), messages, "zh_CN", 1400);
        long id = page.draftWithout("无脚本提交的项目", "projectSummary");
        page.open("/applications/" + id + "/edit");

        browser.submit("[data-list] [data-add-row]");
        assertThat(page.rows()).hasSize(2);
        browser.type("field-patents-1--title", "第二项专利");
        browser.submit("[data-row]:first-of-type [data-remove-row]");
        assertThat(page.rows()).as("the first row removed, the second kept").hasSize(1);
        assertThat(browser.find("#field-patents-0--title").getAttribute("value")).isEqualTo("第二项专利");
        browser.submit("[data-list] [data-add-row]");
        browser.type("field-patents-1--title", "另一项专利").type("field-patents-1--patentNumber", "ZL202310123456.6");
        browser.select("field-patents-1--patentType", "invention").select("field-patents-1--acquisition", "owned");
        browser.type("field-patents-0--patentNumber", "ZL202310123456.6");
        browser.select("field-patents-0--patentType", "invention").select("field-patents-0--acquisition", "owned");
        browser.type("field-projectSummary", "无脚本时当场填写并提交");
        // The upload button sends the draft's form: what was typed is saved before the document is stored.
        browser.select("kind", "other");
        browser.find("#file").sendKeys(Files.write(files.resolve("other.pdf"), TestDocuments.pdf()).toString());
        browser.submit("#upload-button");
        assertThat(browser.path()).isEqualTo("/applications/" + id + "/edit#documents");
        assertThat(page.stored(id)).containsEntry("projectSummary", "无脚本时当场填写并提交");
        assertThat(browser.find("#field-projectSummary").getAttribute("value")).isEqualTo("无脚本时当场填写并提交");
        browser.submit("button[formaction$='/submit']");

        assertThat(browser.path()).isEqualTo("/applications/" + id);
        assertThat(page.stored(id)).containsEntry("projectSummary", "无脚本时当场填写并提交");
        assertThat(page.stored(id).get("patents").toString()).contains("第二项专利", "另一项专利");
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"zh_CN, 1400", "en, 390"})
    void aRefusedDocumentSaysWhyAtTheFileFieldKeepingTheKindAndTheText(String language, int width) throws IOException {
        DraftInBrowser page = new DraftInBrowser(browser, new ApiClient(rest), messages, language, width);
        long id = page.draftWithout("上传出错的项目");
        page.open("/applications/" + id + "/edit");
        browser.type("field-projectSummary", "上传前刚输入、尚未保存的内容");
        browser.select("kind", "contract");
        Path text = Files.writeString(files.resolve("contract.txt"), "not a document");
        Path large = files.resolve("scan.pdf");
        Files.write(large, new byte[10 * 1024 * 1024 + 1]);
        Path fake = Files.writeString(files.resolve("contract.pdf"), "<html>not a pdf</html>");

        browser.find("#file").sendKeys(text.toString());
        browser.click("#upload-button");
        assertRefusedAtTheFile(page, page.text("document.error.type"));
        browser.find("#file").sendKeys(large.toString());
        browser.click("#upload-button");
        assertRefusedAtTheFile(page, page.text("document.error.tooLarge", 10));
        assertThat(browser.find("#field-projectSummary").getAttribute("value")).isEqualTo("上传前刚输入、尚未保存的内容");
        browser.screenshot("draft-upload-refused-here-" + page.name());

        browser.find("#file").sendKeys(fake.toString());
        browser.submit("#upload-button");
        assertThat(browser.path()).isEqualTo("/applications/" + id + "/edit#upload-form");
        assertRefusedAtTheFile(page, page.text("document.error.type"));
        assertThat(browser.find("#field-projectSummary").getAttribute("value")).isEqualTo("上传前刚输入、尚未保存的内容");
        assertThat(page.stored(id)).containsEntry("projectSummary", "上传前刚输入、尚未保存的内容");
        browser.screenshot("draft-upload-refused-by-server-" + page.name());
    }

    private void assertRefusedAtTheFile(DraftInBrowser page, String message) {
        page.until("the message at the file field", () -> browser.find("#file-error").isDisplayed());
        assertThat(browser.find("#file-error").getText()).isEqualTo(message);
        // Bootstrap scrolls smoothly to the page's anchor: in sight once the scroll has ended.
        page.until("the message in sight", () -> page.inView("#file-error"));
        assertThat(browser.find("#file").getAttribute("aria-describedby")).contains("file-error");
        assertThat(browser.find("#file").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(new Select(browser.find("#kind")).getFirstSelectedOption().getAttribute("value")).isEqualTo("contract");
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"zh_CN, 1400", "en, 390"})
    void aListShowsNoPhantomRowAndItsRowsCanBeRemoved(String language, int width) throws IOException {
        DraftInBrowser page = new DraftInBrowser(browser, new ApiClient(rest), messages, language, width);
        long id = page.draftWithout("专利清单行的项目");
        page.open("/applications/" + id + "/edit");
        assertThat(page.rows()).as("one patent, no empty row after it").hasSize(1);

        browser.click("[data-list] [data-add-row]");
        browser.type("field-patents-1--title", "新增的第二项专利");
        assertThat(page.rows()).hasSize(2);
        browser.click("[data-row]:first-of-type [data-remove-row]");
        assertThat(page.rows()).hasSize(1);
        assertThat(browser.find("#field-patents-0--title").getAttribute("value")).isEqualTo("新增的第二项专利");
        assertThat(browser.find("[data-row] legend").getAttribute("textContent")).endsWith(" 1");
        browser.type("field-patents-0--patentNumber", "ZL202310123456.5");
        browser.submit("main form button.btn-outline-primary");

        assertThat(browser.find("#field-patents-0--patentNumber").getAttribute("class")).contains("is-invalid");
        assertThat(page.rows()).as("after an error, still no phantom row").hasSize(1);
        browser.screenshot("draft-list-after-error-" + page.name());
        browser.type("field-patents-0--patentNumber", "ZL202310123456.6");
        browser.submit("main form button.btn-outline-primary");
        assertThat(page.rows()).as("after a save, still no phantom row").hasSize(1);
        assertThat(page.stored(id).get("patents").toString()).contains("新增的第二项专利").doesNotContain("一种稀土永磁材料");
    }
}
