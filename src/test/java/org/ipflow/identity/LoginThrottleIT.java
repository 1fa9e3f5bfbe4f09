package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipflow.IpflowTest;
import org.ipflow.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Login throttling over real HTTP, browser form login and API HTTP Basic alike, with a clock the test
 * moves: five wrong passwords refuse the account name for 15 minutes (even the right password), the
 * refusal expires, a success resets the count, unknown names are treated exactly like real ones, and the
 * count lives in the database where another node reads and adds to it. The clock stands still in each test.
 */
@IpflowTest
class LoginThrottleIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Instant START = Instant.parse("2026-11-25T08:00:00Z");

    @Autowired
    TestRestTemplate rest;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LoginThrottleSettings settings;

    @BeforeEach
    void forgetEarlierFailuresAndStopTheClock() {
        jdbc.sql("delete from login_throttle").update();
        clock.pin(START);
    }

    /** The other tests of the shared context log in as the same users, on the system's time. */
    @AfterEach
    void leaveNoLockBehind() {
        jdbc.sql("delete from login_throttle").update();
        clock.release();
    }

    @Test
    void fiveWrongPasswordsRefuseEvenTheRightOneUntilFifteenMinutesHavePassed() {
        assertThat(settings.maxFailures()).isEqualTo(5);
        for (int i = 0; i < 5; i++) {
            assertThat(api("enterprise1", "wrong-" + i).getStatusCode().value()).isEqualTo(401);
        }
        ResponseEntity<String> refused = api("enterprise1", "demo");
        assertThat(refused.getStatusCode().value()).isEqualTo(429);
        assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("901");
        assertThat(refused.getBody()).contains("15 分钟后再试");
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json;charset=UTF-8");
        assertThat(refused.getBody()).contains("\"type\":\"urn:ipflow:problem:tooManyRequests\"");

        clock.advance(Duration.ofMinutes(14));
        assertThat(api("enterprise1", "demo").getStatusCode().value()).isEqualTo(429);
        assertThat(apiInEnglish("enterprise1", "demo").getBody()).contains("try again in 1 minute.");

        clock.advance(Duration.ofMinutes(1));
        assertThat(api("enterprise1", "demo").getStatusCode().value()).isEqualTo(200);
        assertThat(failuresInDatabase("enterprise1")).isNull();
    }

    @Test
    void aSuccessStartsTheCountAgain() {
        for (int i = 0; i < 4; i++) {
            assertThat(api("enterprise2", "wrong").getStatusCode().value()).isEqualTo(401);
        }
        assertThat(failuresInDatabase("enterprise2")).isEqualTo(4);
        assertThat(api("enterprise2", "demo").getStatusCode().value()).isEqualTo(200);
        assertThat(failuresInDatabase("enterprise2")).isNull();
        for (int i = 0; i < 4; i++) {
            assertThat(api("enterprise2", "wrong").getStatusCode().value()).isEqualTo(401);
        }
        assertThat(api("enterprise2", "demo").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void failuresFarApartNeverAddUpToALock() {
        for (int i = 0; i < 8; i++) {
            assertThat(api("finance1", "typo").getStatusCode().value()).isEqualTo(401);
            clock.advance(Duration.ofMinutes(16));
        }
        assertThat(api("finance1", "demo").getStatusCode().value()).isEqualTo(200);
    }

    /** Camunda's own counter would have locked the account for good at its tenth failure. */
    @Test
    void moreThanTenFailuresNoLongerLockTheAccountForGood() {
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 5; i++) {
                api("approver1", "wrong");
            }
            assertThat(api("approver1", "demo").getStatusCode().value()).isEqualTo(429);
            clock.advance(Duration.ofMinutes(15));
        }
        assertThat(api("approver1", "demo").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void anUnknownNameIsAnsweredExactlyLikeARealOne() {
        for (int i = 0; i < 5; i++) {
            ResponseEntity<String> real = api("reviewer3", "wrong");
            ResponseEntity<String> unknown = api("no-such-user", "wrong");
            assertThat(unknown.getStatusCode()).isEqualTo(real.getStatusCode());
            assertThat(unknown.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))
                    .isEqualTo(real.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE));
        }
        ResponseEntity<String> real = api("reviewer3", "demo");
        ResponseEntity<String> unknown = api("no-such-user", "demo");
        assertThat(real.getStatusCode().value()).isEqualTo(429);
        assertThat(unknown.getStatusCode().value()).isEqualTo(429);
        assertThat(unknown.getBody()).isEqualTo(real.getBody());
        assertThat(unknown.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))
                .isEqualTo(real.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
    }

    @Test
    void theBrowserLoginIsThrottledTooAndSaysHowLongToWait() {
        assertThat(formLogin("reviewer2", "wrong")).isEqualTo("/login?error");
        assertThat(formLogin("nobody-at-all", "wrong")).isEqualTo("/login?error");
        for (int i = 0; i < 4; i++) {
            formLogin("reviewer2", "wrong");
            formLogin("nobody-at-all", "wrong");
        }
        assertThat(formLogin("reviewer2", "demo")).isEqualTo("/login?locked=15");
        assertThat(formLogin("nobody-at-all", "demo")).isEqualTo("/login?locked=15");
        assertThat(rest.getForObject("/login?locked=15", String.class)).contains("登录失败次数过多，请在 15 分钟后再试");
        assertThat(rest.getForObject("/login?locked=15&lang=en", String.class))
                .contains("Too many failed attempts; try again in 15 minutes.");
        // The page shows numbers only: anything else in the parameter shows nothing.
        assertThat(rest.getForObject("/login?locked=%3Cb%3Ecall%20us%3C%2Fb%3E", String.class))
                .doesNotContain("login-locked", "call us");

        clock.advance(Duration.ofMinutes(15));
        assertThat(formLogin("reviewer2", "demo")).isEqualTo("/home");
    }

    /** The count is in the database: another node (its own throttle, no shared memory) reads and adds to it. */
    @Test
    void theCountIsSharedThroughTheDatabaseWithOtherNodes() {
        LoginThrottle otherNode = new LoginThrottle(jdbc, settings, clock);
        for (int i = 0; i < 3; i++) {
            assertThat(api("reviewer1", "wrong").getStatusCode().value()).isEqualTo(401);
        }
        assertThat(failuresInDatabase("reviewer1")).isEqualTo(3);
        otherNode.failed("reviewer1");
        otherNode.failed("reviewer1");
        assertThat(failuresInDatabase("reviewer1")).isEqualTo(5);
        assertThat(otherNode.lockedFor("reviewer1")).contains(Duration.ofMinutes(15));
        assertThat(api("reviewer1", "demo").getStatusCode().value()).isEqualTo(429);

        // And what this node clears on success, the other node sees cleared.
        clock.advance(Duration.ofMinutes(15));
        assertThat(api("reviewer1", "demo").getStatusCode().value()).isEqualTo(200);
        assertThat(otherNode.lockedFor("reviewer1")).isEmpty();
        assertThat(failuresInDatabase("reviewer1")).isNull();
    }

    /**
     * A successful login remembers the name as clear for a few seconds, so that API requests keep off the
     * table; a lock another node sets applies here once that memory has expired, and at once after a wrong
     * password here.
     */
    @Test
    void anotherNodesLockAppliesHereAfterTheMemoryOfASuccessOrAtTheNextWrongPassword() {
        LoginThrottle otherNode = new LoginThrottle(jdbc, settings, clock);
        assertThat(api("reviewer5", "demo").getStatusCode().value()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            otherNode.failed("reviewer5");
        }
        assertThat(api("reviewer5", "demo").getStatusCode().value()).isEqualTo(200);
        assertThat(failuresInDatabase("reviewer5")).as("the lock stays in the database").isEqualTo(5);
        clock.advance(LoginThrottle.CLEAR_FOR);
        assertThat(api("reviewer5", "demo").getStatusCode().value()).isEqualTo(429);

        jdbc.sql("delete from login_throttle").update();
        clock.advance(Duration.ofMinutes(1));
        assertThat(api("reviewer6", "demo").getStatusCode().value()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            otherNode.failed("reviewer6");
        }
        assertThat(api("reviewer6", "wrong").getStatusCode().value()).isEqualTo(401);
        assertThat(api("reviewer6", "demo").getStatusCode().value()).isEqualTo(429);
    }

    @Test
    void namesLongerThanTheColumnAreCountedUnderTheirHash() {
        String longName = "x".repeat(5000);
        for (int i = 0; i < 5; i++) {
            assertThat(api(longName, "wrong").getStatusCode().value()).isEqualTo(401);
        }
        assertThat(api(longName, "wrong").getStatusCode().value()).isEqualTo(429);
        assertThat(failuresInDatabase(LoginThrottle.account(longName))).isEqualTo(5);
        assertThat(LoginThrottle.account(longName)).hasSizeLessThanOrEqualTo(128);
    }

    /**
     * Finding 7: the current-password check of /account/password was not throttled (12 wrong tries, then
     * the right one changed the password). Now each wrong one counts as a failed login of the account: after
     * five the page refuses even the right one, says how long to wait, and so do the login form and the API.
     */
    @Test
    void theCurrentPasswordCheckOfThePasswordPageCountsAsFailedLogins() {
        WebSession session = new WebSession(rest);
        assertThat(session.login("reviewer3", "demo")).isEqualTo("/home");
        for (int i = 0; i < 5; i++) {
            assertThat(changePassword(session, "guess-" + i).getBody()).contains("当前密码不正确");
        }
        String refused = changePassword(session, "demo").getBody();
        assertThat(refused).contains("当前密码错误次数过多，请在 15 分钟后再试").doesNotContain("当前密码不正确");
        assertThat(api("reviewer3", "demo").getStatusCode().value()).as("the API").isEqualTo(429);
        assertThat(formLogin("reviewer3", "demo")).as("the login form").isEqualTo("/login?locked=15");
        assertThat(new WebSession(rest).login("reviewer3", "Quarry-Lantern-Drift-73"))
                .as("the password is unchanged").isEqualTo("/login?locked=15");

        clock.advance(Duration.ofMinutes(15));
        assertThat(api("reviewer3", "demo").getStatusCode().value()).as("the old password, after the lock")
                .isEqualTo(200);
    }

    private ResponseEntity<String> changePassword(WebSession session, String current) {
        session.get("/account/password");
        return session.post("/account/password", java.util.Map.of("currentPassword", java.util.List.of(current),
                "password", java.util.List.of("Quarry-Lantern-Drift-73"),
                "passwordRepeated", java.util.List.of("Quarry-Lantern-Drift-73")));
    }

    private Integer failuresInDatabase(String account) {
        return jdbc.sql("select failures from login_throttle where account = ?").param(account)
                .query(Integer.class).optional().orElse(null);
    }

    private ResponseEntity<String> api(String user, String password) {
        return rest.withBasicAuth(user, password).getForEntity("/api/programmes", String.class);
    }

    private ResponseEntity<String> apiInEnglish(String user, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        return rest.withBasicAuth(user, password).exchange("/api/programmes", org.springframework.http.HttpMethod.GET,
                new HttpEntity<>(headers), String.class);
    }

    /** Logs in through the form as a browser does; returns where the answer redirects to. */
    private String formLogin(String user, String password) {
        ResponseEntity<String> page = rest.getForEntity("/login", String.class);
        Matcher token = CSRF.matcher(page.getBody());
        assertThat(token.find()).isTrue();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, page.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0]);
        var form = new LinkedMultiValueMap<String, String>();
        form.add("username", user);
        form.add("password", password);
        form.add("_csrf", token.group(1));
        ResponseEntity<String> answer = rest.withRedirects(Redirects.DONT_FOLLOW)
                .postForEntity("/login", new HttpEntity<>(form, headers), String.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(302);
        var location = answer.getHeaders().getLocation();
        return location.getPath() + (location.getQuery() == null ? "" : "?" + location.getQuery());
    }
}
