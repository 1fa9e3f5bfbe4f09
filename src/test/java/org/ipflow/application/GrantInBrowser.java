package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.ipflow.Browser;

/** Steps of the grant programme as a person takes them in the browser, shared by the journeys. */
final class GrantInBrowser {

    static final List<String> DOCUMENTS = List.of("patent-certificate", "contract", "contract-registration",
            "payment-proof", "business-licence");

    private final Browser browser;

    GrantInBrowser(Browser browser) {
        this.browser = browser;
    }

    /** The logged-in enterprise fills a grant application, uploads every required document and submits it. */
    long submit(String project, Path document) {
        browser.open("/programmes").submit("a[href$='/applications/new/patent-transformation-grant']");
        browser.type("field-projectName", project).type("field-projectSummary", "将受让专利用于电机量产")
                .type("field-patents-0--patentNumber", "ZL202310123456.6").type("field-patents-0--title", "一种永磁材料")
                .select("field-patents-0--patentType", "invention").select("field-patents-0--acquisition", "transferred")
                .type("field-transferFeePaid", "200000").type("field-totalInvestment", "3000000")
                .type("field-amountRequested", "100000");
        browser.submit("main form button.btn-outline-primary");
        assertThat(browser.path()).matches("/applications/\\d+/edit");
        long id = Long.parseLong(browser.path().split("/")[2]);
        for (String kind : DOCUMENTS) {
            upload(kind, document);
        }
        browser.submit("button[formaction$='/submit']");
        assertThat(browser.path()).isEqualTo("/applications/" + id);
        return id;
    }

    /** On the edit page: uploads a file as a document of the given kind. */
    void upload(String kind, Path file) {
        browser.select("kind", kind);
        browser.find("#file").sendKeys(file.toAbsolutePath().toString());
        browser.submit("#upload-button");
    }

    /** Logs the user in and opens the task of the application, found as a reviewer does: by its number. */
    void openTask(String user, String number) {
        browser.login(user).open("/tasks");
        browser.type("q", number).submit("form[role=search] button[type=submit]");
        browser.follow("//main//tr[td[normalize-space()='" + number + "']]//a");
        browser.waitFor("form[action$='/complete']");
    }

    /** Completes the open task page with a decision and, when given, a comment. */
    void decide(String decision, String comment) {
        browser.click("input[name=decision][value=" + decision + "]");
        if (comment != null) {
            browser.type("field-comment", comment);
        }
        browser.submit("form[action$='/complete'] button[type=submit]");
        assertThat(browser.path()).isEqualTo("/tasks");
    }
}
