package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.application.internal.Disbursements.Disbursement;
import org.ipflow.application.internal.Disbursements;
import org.ipflow.identity.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Nothing lost, nothing twice, under concurrency: the same requests racing in threads, on whichever
 * database the subclass runs on (H2 and PostgreSQL lock differently, so both are proven).
 */
abstract class ExactlyOnceContract {

    static final int THREADS = 8;
    static final int COMPLETE_ROUNDS = 3;
    private static final Pattern HIDDEN = Pattern.compile("name=\"(_csrf|submitToken|createToken)\" value=\"([^\"]+)\"");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HistoryService history;
    @Autowired
    ApplicationRepository applications;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Disbursements disbursements;
    @Autowired
    PlatformTransactionManager transactions;

    ApiClient api;
    ExecutorService pool;

    /** How many users race to claim one task; the PostgreSQL run raises it. */
    int claimRacers() {
        return THREADS;
    }

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest);
        pool = Executors.newFixedThreadPool(Math.max(THREADS, claimRacers()));
        for (int i = 1; i <= claimRacers(); i++) {
            if (!accounts.exists("claimer" + i)) {
                accounts.create("claimer" + i, "demo", "Claimer " + i, "claimer" + i + "@example.org", List.of("reviewer"));
            }
        }
        if (!accounts.exists("approver2")) {
            accounts.create("approver2", "demo", "Approver 2", "approver2@example.org", List.of("approver"));
        }
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    @Test
    void repeatedAndConcurrentCreateWithOneKeyMakesOneDraft() throws Exception {
        String key = UUID.randomUUID().toString();
        String project = "幂等草稿 " + key;
        Callable<ResponseEntity<Map<String, Object>>> create = () -> api.call("enterprise1", HttpMethod.POST,
                "/api/applications", Map.of("programme", "patent-transformation-grant",
                        "data", ApiClient.grantData(project, 100000, 40000)), Map.of("Idempotency-Key", key));

        List<ResponseEntity<Map<String, Object>>> answers = race(create);
        answers.add(create.call());

        assertThat(answers).extracting(a -> a.getStatusCode().value()).containsOnly(201);
        assertThat(answers).extracting(a -> a.getBody().get("id")).as("one id for all").hasSize(THREADS + 1)
                .containsOnly(answers.get(0).getBody().get("id"));
        assertThat(count("select count(*) from application where title = ?", project)).isEqualTo(1);
    }

    @Test
    void concurrentSubmitWithOneKeyStartsOneProcess() throws Exception {
        long id = api.completeDraft("enterprise1", "幂等提交项目", 100000, 40000);
        String key = UUID.randomUUID().toString();

        List<ResponseEntity<Map<String, Object>>> answers = race(() -> api.call("enterprise1", HttpMethod.POST,
                "/api/applications/" + id + "/submit", null, Map.of("Idempotency-Key", key)));

        assertThat(answers).allSatisfy(a -> {
            assertThat(a.getStatusCode().value()).as("%s", a.getBody()).isEqualTo(200);
            assertThat(a.getBody()).containsEntry("id", (int) id).containsEntry("status", "SUBMITTED");
        });
        assertOneProcessAndOneSubmission(id);
    }

    @Test
    void concurrentSubmitsWithoutKeyLetOneIn() throws Exception {
        long id = api.completeDraft("enterprise1", "无令牌并发提交项目", 100000, 40000);

        List<ResponseEntity<Map<String, Object>>> answers = race(() -> api.call("enterprise1", HttpMethod.POST,
                "/api/applications/" + id + "/submit", null));

        assertThat(answers).extracting(a -> a.getStatusCode().value()).containsOnly(200, 409)
                .filteredOn(status -> status == 200).hasSize(1);
        assertOneProcessAndOneSubmission(id);
    }

    @Test
    void keyOfOneRequestIsRefusedForAnother() {
        String key = UUID.randomUUID().toString();
        long first = api.completeDraft("enterprise1", "令牌一", 100000, 40000);
        long second = api.completeDraft("enterprise1", "令牌二", 100000, 40000);
        assertThat(api.call("enterprise1", HttpMethod.POST, "/api/applications/" + first + "/submit", null,
                Map.of("Idempotency-Key", key)).getStatusCode().value()).isEqualTo(200);

        var reused = api.call("enterprise1", HttpMethod.POST, "/api/applications/" + second + "/submit", null,
                Map.of("Idempotency-Key", key));

        assertThat(reused.getStatusCode().value()).isEqualTo(409);
        assertThat(reused.getBody().get("detail").toString()).contains("Idempotency-Key");
        assertThat(applications.findById(second).orElseThrow().status()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void submitFormSentTwiceSubmitsOnce() throws Exception {
        long id = api.completeDraft("enterprise1", "表单重复提交项目", 100000, 40000);
        String session = login("enterprise1");
        Map<String, String> hidden = hiddenFields(rest.exchange("/applications/" + id + "/edit", HttpMethod.GET,
                new HttpEntity<>(cookie(session)), String.class).getBody());
        var form = new LinkedMultiValueMap<String, String>();
        form.add("_csrf", hidden.get("_csrf"));
        form.add("submitToken", hidden.get("submitToken"));
        HttpHeaders headers = cookie(session);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        TestRestTemplate browser = rest.withRedirects(Redirects.DONT_FOLLOW);

        List<ResponseEntity<String>> answers = race(() -> browser.postForEntity("/applications/" + id + "/submit",
                new HttpEntity<>(form, headers), String.class));

        assertThat(answers).allSatisfy(a -> {
            assertThat(a.getStatusCode().value()).isEqualTo(302);
            assertThat(a.getHeaders().getLocation().getPath()).isEqualTo("/applications/" + id);
        });
        assertOneProcessAndOneSubmission(id);
    }

    @Test
    void newDraftFormSentTwiceMakesOneDraft() throws Exception {
        String session = login("enterprise1");
        String project = "新建表单重复发送项目 " + UUID.randomUUID();
        Map<String, String> hidden = hiddenFields(rest.exchange("/applications/new/patent-transformation-grant",
                HttpMethod.GET, new HttpEntity<>(cookie(session)), String.class).getBody());
        assertThat(hidden).containsKey("createToken");
        var form = new LinkedMultiValueMap<String, String>();
        form.add("_csrf", hidden.get("_csrf"));
        form.add("createToken", hidden.get("createToken"));
        form.add("projectName", project);
        HttpHeaders headers = cookie(session);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        TestRestTemplate browser = rest.withRedirects(Redirects.DONT_FOLLOW);

        List<ResponseEntity<String>> answers = race(() -> browser.postForEntity(
                "/applications/new/patent-transformation-grant", new HttpEntity<>(form, headers), String.class));

        assertThat(answers).extracting(a -> a.getStatusCode().value()).containsOnly(302);
        assertThat(answers).extracting(a -> a.getHeaders().getLocation().getPath()).hasSize(THREADS)
                .allMatch(path -> path.matches("/applications/\\d+/edit")).containsOnly(
                        answers.get(0).getHeaders().getLocation().getPath());
        assertThat(count("select count(*) from application where title = ?", project)).isEqualTo(1);
    }

    @Test
    void concurrentClaimByManyUsersHasOneWinner() throws Exception {
        long id = api.submittedGrant("enterprise1", "并发认领项目", 100000, 40000);
        String preReview = api.taskFor("reviewer1", id, "Task_RegionalPreReview");
        assertThat(api.complete("reviewer1", preReview, Map.of("decision", "approve")).getStatusCode().value())
                .isEqualTo(200);
        String formal = api.taskFor("claimer1", id, "Task_FormalReview");
        var next = new java.util.concurrent.atomic.AtomicInteger();
        int racers = claimRacers();
        // Each racer signs in once first: the race is about the claim, not about fifty first bcrypt checks at once.
        for (int i = 1; i <= racers; i++) {
            assertThat(api.list("claimer" + i, "/api/tasks?size=1").getStatusCode().value()).isEqualTo(200);
        }

        List<ResponseEntity<Map<String, Object>>> answers = race(racers, () -> api.call("claimer" + next.incrementAndGet(),
                HttpMethod.POST, "/api/tasks/" + formal + "/claim", null, Map.of("Accept-Language", "en")));

        List<ResponseEntity<Map<String, Object>>> won = answers.stream().filter(a -> a.getStatusCode().value() == 200)
                .toList();
        assertThat(won).hasSize(1);
        String winner = (String) won.get(0).getBody().get("assignee");
        assertThat(answers).filteredOn(a -> a.getStatusCode().value() != 200).hasSize(racers - 1)
                .allSatisfy(a -> {
                    assertThat(a.getStatusCode().value()).isEqualTo(409);
                    assertThat(a.getBody()).containsEntry("detail", "This task is held by " + winner
                            + "; you cannot work it.");
                });
        assertThat(jdbc.sql("select assignee_ from act_ru_task where id_ = ?").param(formal).query(String.class).single())
                .isEqualTo(winner);
    }

    /**
     * Two approvers decide the same unclaimed approval at the same moment, several times over: one decision
     * counts, the other is told the task is taken or done (409), and the process moves on once.
     */
    @Test
    void twoApproversCompletingOneTaskAtOnceMoveTheProcessOnce() throws Exception {
        for (int round = 1; round <= COMPLETE_ROUNDS; round++) {
            long id = api.submittedGrant("enterprise1", "并发审批项目 " + round, 100000, 40000);
            String approval = atApproval(id);
            var approvers = List.of("approver1", "approver2");
            var next = new java.util.concurrent.atomic.AtomicInteger();

            List<ResponseEntity<Map<String, Object>>> answers = race(approvers.size(), () -> api.complete(
                    approvers.get(next.getAndIncrement()), approval,
                    Map.of("decision", "approve", "approvedAmount", 30000, "comment", "同意")));

            assertThat(answers).as("round %d: %s", round, answers).extracting(a -> a.getStatusCode().value())
                    .containsExactlyInAnyOrder(200, 409);
            assertThat(answers).filteredOn(a -> a.getStatusCode().value() == 409).singleElement()
                    .satisfies(a -> assertThat(a.getBody().get("detail").toString()).contains("approver"));
            assertThat(count("select count(*) from decision_record where task_id = ?", approval)).isEqualTo(1);
            assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(processOf(id))
                    .activityId("Task_ApproverDecision").count()).as("approvals in the process").isEqualTo(1);
            assertThat(applications.findById(id).orElseThrow().status()).isEqualTo(ApplicationStatus.PUBLIC_NOTICE);
        }
    }

    /** Drives a grant application through pre-review, formal review and scoring; the approval task's id. */
    private String atApproval(long id) {
        assertThat(api.complete("reviewer1", api.taskFor("reviewer1", id, "Task_RegionalPreReview"),
                Map.of("decision", "approve")).getStatusCode().value()).isEqualTo(200);
        assertThat(api.complete("reviewer3", api.taskFor("reviewer3", id, "Task_FormalReview"),
                Map.of("decision", "approve")).getStatusCode().value()).isEqualTo(200);
        for (String expert : api.acceptedExperts(id)) {
            assertThat(api.complete(expert, api.taskFor(expert, id, "Task_ExpertScoring"), ApiClient.rubricScore(90))
                    .getStatusCode().value()).as(expert).isEqualTo(200);
        }
        String approval = api.taskFor("approver1", id, "Task_ApproverDecision");
        assertThat(approval).isNotNull();
        return approval;
    }

    private String processOf(long id) {
        return applications.findById(id).orElseThrow().processInstanceId();
    }

    /**
     * The disbursement step run twice at once (a retry while the first run is still in flight, as after a
     * node lost its job lock): the second waits on the unique key, fails when the first commits, and its
     * retry finds the payment recorded. One payment.
     */
    @Test
    void disbursementRunTwiceAtOncePaysOnce() throws Exception {
        long id = api.submittedGrant("enterprise1", "重复拨付项目", 100000, 40000);
        var payment = new Disbursement(id, "grant", new BigDecimal("40000.00"), "BANK-RACE", LocalDate.now(), "finance1");
        var firstInserted = new CountDownLatch(1);
        var secondStarted = new CountDownLatch(1);
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        Future<?> first = pool.submit(() -> transaction.executeWithoutResult(status -> {
            disbursements.recordOnce(payment);
            firstInserted.countDown();
            await(secondStarted);
            sleep(300); // the second is now waiting on the unique key (or about to)
        }));
        await(firstInserted);
        Future<?> second = pool.submit(() -> transaction.executeWithoutResult(status -> {
            secondStarted.countDown();
            disbursements.recordOnce(payment);
        }));
        first.get(20, TimeUnit.SECONDS);
        Throwable secondFailure = null;
        try {
            second.get(20, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            secondFailure = e.getCause();
        }
        Disbursement retried = transaction.execute(status -> disbursements.recordOnce(payment));

        assertThat(secondFailure).as("the second run fails on the unique key and rolls back")
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(retried.samePaymentAs(payment)).isTrue();
        assertThat(count("select count(*) from disbursement where application_id = ?", id)).isEqualTo(1);
    }

    private void assertOneProcessAndOneSubmission(long id) {
        Application application = applications.findById(id).orElseThrow();
        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(application.number())
                .count()).isEqualTo(1);
        assertThat(count("select count(*) from decision_record where application_id = ? and decision = 'submitted'",
                id)).isEqualTo(1);
    }

    /** Runs the call in every thread at the same moment; returns every answer. */
    <T> List<T> race(Callable<T> call) throws Exception {
        return race(THREADS, call);
    }

    /** Runs the call in that many threads at the same moment; returns every answer. */
    <T> List<T> race(int threads, Callable<T> call) throws Exception {
        var start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<T> answers = new ArrayList<>();
        for (Future<T> future : futures) {
            answers.add(future.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private String login(String user) {
        ResponseEntity<String> page = rest.getForEntity("/login", String.class);
        String session = page.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
        var form = new LinkedMultiValueMap<String, String>();
        form.add("username", user);
        form.add("password", "demo");
        form.add("_csrf", hiddenFields(page.getBody()).get("_csrf"));
        HttpHeaders headers = cookie(session);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> login = rest.withRedirects(Redirects.DONT_FOLLOW).postForEntity("/login",
                new HttpEntity<>(form, headers), String.class);
        assertThat(login.getStatusCode().value()).isEqualTo(302);
        return login.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
    }

    private static HttpHeaders cookie(String session) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, session);
        return headers;
    }

    private static Map<String, String> hiddenFields(String html) {
        Map<String, String> fields = new java.util.HashMap<>();
        Matcher m = HIDDEN.matcher(html);
        while (m.find()) {
            fields.putIfAbsent(m.group(1), m.group(2));
        }
        return fields;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
