package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ipflow.Browser;
import org.ipflow.BrowserTest;
import org.ipflow.IpflowTest;
import org.ipflow.programme.Rubric;
import org.ipflow.programme.Rubrics;
import org.ipflow.programme.TestProgrammes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Expert review in a real browser: the administrator adds four experts on the pool page (one typed, three by CSV
 * import), the application draws three of them, one declines on the declaration page and a replacement is drawn,
 * the experts score by the programme's rubric, the approver's task page names every expert with the criterion
 * scores (the one far from the others flagged), and the applicant's page names none of them. Seen in the
 * browser: the pool page, the decline, one expert's rubric scoring, the approver's and the applicant's pages.
 * Through the API, to keep the journey short: the application up to the draw, the other declarations and the
 * other two scorings. The programme is the test's own (experts are drawn by its key), so only the journey's
 * experts can be drawn and the demo experts stay with the grant for the other tests; the experts' first-login
 * password change (tested in ExpertPoolIT) is cleared. Screenshots land in target/screenshots.
 */
@IpflowTest
@BrowserTest
class ExpertReviewJourneyIT {

    private static final String PASSWORD = "Steppe-Horse-Amber-93";
    private static final List<String> NAMES = List.of("乌兰教授", "巴特尔研究员", "其其格高工", "斯琴教授");

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ApplicationContext context;
    @Autowired
    Rubrics rubrics;
    @Autowired
    JdbcClient jdbc;

    Browser browser;
    Path csv;

    @BeforeEach
    void open() throws IOException {
        browser = new Browser(port);
        csv = Files.createTempFile("experts", ".csv");
    }

    @AfterEach
    void close() throws IOException {
        browser.close();
        Files.deleteIfExists(csv);
    }

    @Test
    void anAdministratorAddsExpertsOneDeclinesTheReplacementScoresAndOnlyTheApproverSeesTheirNames() throws IOException {
        var programmes = new TestProgrammes(context);
        String programme = programmes.defineGrantLike(List.of());
        programmes.openCall(programme, ClockUtil.getCurrentTime().toInstant().minus(Duration.ofDays(1)), null);
        rubrics.save(programme, List.of(criterion("novelty", "创新性", "Novelty", 60, 10),
                criterion("feasibility", "可行性", "Feasibility", 40, 100)));
        String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        List<String> experts = List.of("jr-a" + suffix, "jr-b" + suffix, "jr-c" + suffix, "jr-d" + suffix);

        browser.login("admin").open("/admin/experts");
        browser.type("username", experts.get(0)).type("password", PASSWORD).type("name", NAMES.get(0))
                .type("fields", programme).type("affiliation", "内蒙古大学");
        browser.submit("form[action$='/admin/experts'] button[type=submit]");
        StringBuilder file = new StringBuilder("username,password,name,fields,affiliation\n");
        for (int i = 1; i < 4; i++) {
            file.append(experts.get(i)).append(',').append(PASSWORD).append(',').append(NAMES.get(i)).append(',')
                    .append(programme).append(";新材料,内蒙古工业大学\n");
        }
        Files.writeString(csv, file, StandardCharsets.UTF_8);
        browser.find("#import-file").sendKeys(csv.toAbsolutePath().toString());
        browser.submit("#import-submit");
        assertThat(browser.text()).contains("已导入 3 位专家。").contains(experts);
        browser.fullPageScreenshot("expert-review-01-pool");
        jdbc.sql("update account_state set must_change_password = false where username in (:u)").param("u", experts)
                .update();

        ApiClient api = new ApiClient(rest);
        experts.forEach(expert -> api.knowPassword(expert, PASSWORD));
        String enterprise = api.newEnterprise();
        long id = submitted(api, enterprise, programme);
        List<String> drawn = experts.stream()
                .filter(e -> api.taskFor(e, id, "Task_ExpertDeclaration") != null).toList();
        assertThat(drawn).as("three of the journey's four experts").hasSize(3);

        String decliner = drawn.get(0);
        browser.login(decliner, PASSWORD).open("/tasks/" + api.taskFor(decliner, id, "Task_ExpertDeclaration"));
        browser.click("input[name=decision][value=decline]").type("field-comment", "曾为申请人提供技术咨询");
        browser.screenshot("expert-review-02-decline");
        browser.submit("form[action$='/complete'] button[type=submit]");
        assertThat(browser.path()).isEqualTo("/tasks");
        String replacement = experts.stream().filter(e -> !drawn.contains(e)).findFirst().orElseThrow();
        List<String> scorers = new ArrayList<>(List.of(drawn.get(1), drawn.get(2), replacement));
        for (String expert : scorers) {
            String declaration = api.taskFor(expert, id, "Task_ExpertDeclaration");
            assertThat(declaration).as("%s drawn (the replacement among them)", expert).isNotNull();
            assertThat(api.complete(expert, declaration, Map.of("decision", "accept")).getStatusCode().value())
                    .isEqualTo(200);
        }

        String browserScorer = scorers.get(0);
        browser.login(browserScorer, PASSWORD).open("/tasks/" + api.taskFor(browserScorer, id, "Task_ExpertScoring"));
        assertThat(browser.text()).contains("评分细则", "创新性", "可行性");
        // 100 against the others' 76 (60% of 8/10 and 40% of 70/100): further than 20 points from the median.
        browser.type("scores.novelty", "10").type("scores.feasibility", "100").type("comments.novelty", "工艺路线新颖");
        browser.fullPageScreenshot("expert-review-03-rubric");
        browser.submit("form[action$='/complete'] button[type=submit]");
        assertThat(browser.path()).isEqualTo("/tasks");
        for (String expert : scorers.subList(1, 3)) {
            var scored = api.complete(expert, api.taskFor(expert, id, "Task_ExpertScoring"),
                    Map.of("scores", Map.of("novelty", 8, "feasibility", 70), "comment", "可行"));
            assertThat(scored.getStatusCode().value()).as("%s", scored.getBody()).isEqualTo(200);
        }

        browser.login("approver1").open("/tasks/" + api.taskFor("approver1", id, "Task_ApproverDecision"));
        assertThat(browser.text()).as("every expert named, with the criterion scores")
                .contains(scorers).contains("创新性", "工艺路线新颖", "偏离其他专家评分");
        browser.fullPageScreenshot("expert-review-04-approver");

        browser.login(enterprise, ApiClient.NEW_PASSWORD).open("/applications/" + id);
        browser.waitFor("#progress");
        String source = browser.driver().getPageSource();
        assertThat(source).as("the applicant sees no expert's name").doesNotContain(experts).doesNotContain(NAMES);
        browser.fullPageScreenshot("expert-review-05-applicant");
    }

    /** The enterprise's application in the programme, through pre-review and formal review to the draw. */
    private static long submitted(ApiClient api, String enterprise, String programme) {
        var created = api.call(enterprise, HttpMethod.POST, "/api/applications",
                Map.of("programme", programme, "data", ApiClient.grantData("稀土抛光粉专利转化", 200_000, 100_000)));
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        long id = ((Number) created.getBody().get("id")).longValue();
        assertThat(api.call(enterprise, HttpMethod.POST, "/api/applications/" + id + "/submit", null)
                .getStatusCode().value()).isEqualTo(200);
        assertThat(api.complete("reviewer1", api.taskFor("reviewer1", id, "Task_RegionalPreReview"),
                Map.of("decision", "approve")).getStatusCode().value()).isEqualTo(200);
        assertThat(api.complete("reviewer3", api.taskFor("reviewer3", id, "Task_FormalReview"),
                Map.of("decision", "approve")).getStatusCode().value()).isEqualTo(200);
        return id;
    }

    private static Rubric.Criterion criterion(String key, String nameZh, String nameEn, int weight, int maximum) {
        return new Rubric.Criterion(key, nameZh, nameEn, BigDecimal.valueOf(weight), BigDecimal.valueOf(maximum),
                null, null);
    }
}
