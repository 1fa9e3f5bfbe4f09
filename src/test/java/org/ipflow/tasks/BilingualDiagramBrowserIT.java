package org.ipflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.ipflow.Browser;
import org.ipflow.BrowserTest;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The process diagram in Chromium draws the model's English names for an English reader (the XML is
 * rewritten on the server) and the Chinese ones for a Chinese reader, without console errors.
 */
@IpflowTest
@BrowserTest
class BilingualDiagramBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;

    Browser browser;

    @BeforeEach
    void open() throws IOException {
        browser = new Browser(port);
    }

    @AfterEach
    void close() throws IOException {
        browser.close();
    }

    @Test
    void theDiagramSpeaksTheReadersLanguage() throws IOException {
        ApiClient api = new ApiClient(rest);
        long id = api.submittedGrant("enterprise1", "双语流程图", 200000, 100000);
        String preReview = api.taskFor("reviewer1", id, "Task_RegionalPreReview");
        assertThat(api.complete("reviewer1", preReview, Map.of("decision", "approve")).getStatusCode().value())
                .isEqualTo(200);

        // Staff see the diagram; the applicant reads the progress in plain words instead.
        browser.login("reviewer3").open("/applications/" + id + "?lang=en");
        String english = diagramText();
        assertThat(english).contains("Provincial formal review", "Regional pre-review", "Expert review")
                .doesNotContain("省局形式审查", "盟市初审");
        assertThat(browser.consoleErrors()).isEmpty();
        browser.screenshot("diagram-english");

        browser.open("/applications/" + id + "?lang=zh_CN");
        assertThat(diagramText()).contains("省局形式审查", "盟市初审").doesNotContain("Provincial formal review");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private String diagramText() {
        browser.waitFor(".diagram svg [data-element-id='Task_FormalReview']");
        return (String) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.querySelector(\".diagram svg [data-element-id='Task_FormalReview']\")"
                        // the diagram's own svg, not the icon of a sub-process's drill-down before it
                        + ".ownerSVGElement.textContent");
    }
}
