package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ipflow.Browser;
import org.ipflow.BrowserTest;
import org.ipflow.IpflowTest;
import org.ipflow.application.internal.ApplicationRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Objections during public notice in a real browser: an anonymous visitor objects on the public page
 * (an empty reason is refused there, with the message at the field), a reviewer reads the objection on
 * the objection task and upholds it, and the grant ends rejected; a second grant's objection is
 * dismissed and, when the notice ends on the engine's clock, the grant goes on to finance. The grants
 * reach public notice through the API; the engine's clock stands still and is moved on by hand.
 */
@IpflowTest
// A context of its own: objections are throttled per client address and hour, counted in the database,
// and other tests of the shared context file objections from this same address.
@TestPropertySource(properties = "ipflow.test.context=objection-journey")
@BrowserTest
class ObjectionJourneyIT {

    static final String REASON = "<b>受让专利存在权属纠纷</b>\n转让合同尚未在国家知识产权局登记";

    @LocalServerPort int port;
    @Autowired TestRestTemplate rest;
    @Autowired ApplicationRepository applications;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired JdbcClient jdbc;
    ApiClient api;
    Browser browser;
    GrantInBrowser grant;

    @BeforeEach
    void open() throws IOException {
        ClockUtil.setCurrentTime(Date.from(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        api = new ApiClient(rest);
        browser = new Browser(port);
        grant = new GrantInBrowser(browser);
    }

    @AfterEach
    void close() throws IOException {
        ClockUtil.reset();
        browser.close();
    }

    @Test
    void anUpheldObjectionRejectsTheGrantAndADismissedOneLetsItGoOn() throws IOException {
        long upheld = underNotice("enterprise1", "reviewer1", "稀土永磁电机产业化（异议成立）");
        long dismissed = underNotice("enterprise2", "reviewer2", "稀土抛光粉产业化（异议不成立）");
        String first = applications.findById(upheld).orElseThrow().number();
        String second = applications.findById(dismissed).orElseThrow().number();

        browser.open("/public/notices");
        assertThat(browser.path()).isEqualTo("/public/notices");
        assertThat(browser.text()).contains(first, "稀土永磁电机产业化（异议成立）", second);
        browser.screenshot("objection-01-public-notices");

        // An objection without a reason is refused at the field and keeps what was typed.
        openObjectionForm(first);
        browser.type("name-" + first, "王五").type("contact-" + first, "13900000000").type("reason-" + first, "   ");
        browser.submit(objectionButton(first));
        WebElement reason = browser.find("#reason-" + first);
        assertThat(reason.getAttribute("class")).contains("is-invalid");
        assertThat(reason.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(reason.getAttribute("aria-describedby")).isEqualTo("reason-" + first + "-error");
        assertThat(browser.find("#reason-" + first + "-error").getText()).isEqualTo("请写明异议理由：对哪项内容有异议，依据是什么。");
        assertThat(browser.find("#name-" + first).getAttribute("value")).isEqualTo("王五");
        assertThat(browser.find("#name-" + first).getAttribute("aria-invalid")).isNull();
        browser.screenshot("objection-02-reason-required");
        assertThat(objections(upheld)).isZero();
        assertThat(reviews(upheld)).isZero();

        browser.type("reason-" + first, REASON).submit(objectionButton(first));
        assertThat(browser.path()).isEqualTo("/public/notices");
        assertThat(browser.find("main .alert-success").getText()).contains(first);
        assertThat(objections(upheld)).isOne();

        grant.openTask("reviewer2", first);
        assertThat(browser.find("h1").getText()).contains("异议审查", first);
        WebElement objection = browser.find("#objection");
        assertThat(objection.getText()).contains("王五", "13900000000");
        assertThat(browser.find("#objection-reason").getText()).isEqualTo(REASON);
        assertThat(browser.find("#objection-reason").findElements(By.tagName("b"))).isEmpty();
        browser.screenshot("objection-03-task");
        grant.decide("uphold", "经核实，受让专利确有权属纠纷，异议成立");

        assertThat(applications.findById(upheld).orElseThrow().status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(outcome(upheld)).isEqualTo("uphold: 经核实，受让专利确有权属纠纷，异议成立");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(first).count()).isZero();
        browser.login("enterprise1").open("/applications/" + upheld);
        assertThat(browser.text()).contains("不予通过", "异议成立", "经核实，受让专利确有权属纠纷，异议成立");
        browser.screenshot("objection-04-rejected");

        browser.driver().manage().deleteAllCookies();
        browser.open("/public/notices");
        assertThat(browser.text()).doesNotContain(first).contains(second);
        openObjectionForm(second);
        browser.type("name-" + second, "赵六").type("contact-" + second, "zhao@example.org")
                .type("reason-" + second, "项目尚未实施").submit(objectionButton(second));
        assertThat(browser.find("main .alert-success").getText()).contains(second);

        grant.openTask("reviewer1", second);
        assertThat(browser.find("#objection-reason").getText()).isEqualTo("项目尚未实施");
        grant.decide("dismiss", "现场核实项目已投产，异议不成立");
        assertThat(outcome(dismissed)).isEqualTo("dismiss: 现场核实项目已投产，异议不成立");
        Application goingOn = applications.findById(dismissed).orElseThrow();
        assertThat(goingOn.status()).isEqualTo(ApplicationStatus.PUBLIC_NOTICE);
        browser.driver().manage().deleteAllCookies();
        browser.open("/public/notices");
        assertThat(browser.text()).contains(second);

        // The notice ends when its last moment has passed on the engine's clock, not before.
        String instance = goingOn.processInstanceId();
        assertThat(management.createJobQuery().processInstanceId(instance).timers().executable().count()).isZero();
        ClockUtil.setCurrentTime(Date.from(goingOn.noticeUntil().plus(Duration.ofMinutes(1))));
        var due = management.createJobQuery().processInstanceId(instance).timers().executable().list();
        assertThat(due).hasSize(1);
        management.executeJob(due.get(0).getId());

        browser.login("finance1").open("/tasks");
        assertThat(browser.text()).contains(second, "资金拨付");
        browser.screenshot("objection-05-goes-on-to-finance");
        browser.login("enterprise2").open("/applications/" + dismissed);
        assertThat(browser.text()).contains("收到异议", "异议不成立", "现场核实项目已投产，异议不成立");
    }

    /** A grant of the enterprise worked through the API to public notice; returns its id. */
    private long underNotice(String enterprise, String regionalReviewer, String project) {
        long id = api.submittedGrant(enterprise, project, 200000, 100000);
        complete(regionalReviewer, id, "Task_RegionalPreReview", Map.of("decision", "approve"));
        complete("reviewer3", id, "Task_FormalReview", Map.of("decision", "approve"));
        for (String expert : api.acceptedExperts(id)) {
            complete(expert, id, "Task_ExpertScoring", ApiClient.rubricScore(90));
        }
        complete("approver1", id, "Task_ApproverDecision", Map.of("decision", "approve", "approvedAmount", 90000));
        assertThat(applications.findById(id).orElseThrow().status()).isEqualTo(ApplicationStatus.PUBLIC_NOTICE);
        return id;
    }

    private void complete(String user, long id, String step, Map<String, Object> data) {
        String task = api.taskFor(user, id, step);
        assertThat(task).as("%s at %s", user, step).isNotNull();
        var done = api.complete(user, task, data);
        assertThat(done.getStatusCode().value()).as("%s", done.getBody()).isEqualTo(200);
    }

    private void openObjectionForm(String number) {
        browser.driver().findElement(By.xpath("//main//div[contains(@class,'card')][.//h2[contains(., '" + number
                + "')]]//summary")).click();
        browser.waitFor("#reason-" + number);
    }

    private static String objectionButton(String number) {
        return "form[action$='/public/notices/" + number + "/objections'] button[type=submit]";
    }

    private long objections(long applicationId) {
        return jdbc.sql("select count(*) from objection where application_id = ?").param(applicationId)
                .query(Long.class).single();
    }

    /** The objection's outcome as recorded beside it: the reviewer's decision and comment. */
    private String outcome(long applicationId) {
        return jdbc.sql("select outcome || ': ' || outcome_comment from objection where application_id = ?")
                .param(applicationId).query(String.class).single();
    }

    private long reviews(long applicationId) {
        String instance = applications.findById(applicationId).orElseThrow().processInstanceId();
        return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_ReviewObjection").count();
    }
}
