package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * No error of the browser UI shows Spring Boot's English "Whitelabel" page. Each kind a user can meet —
 * 400, 403 (a page of another role), 404, 405, 413 (an upload, and any body over the bound, which a filter
 * refuses before the session is read), 500, 503 (the database away, answered by a filter), and a form sent
 * after the session ended or from a page opened before the last login (CSRF) — answers IPFlow's page in the reader's language, Chinese or
 * English, in the usual layout, saying what happened, with a way on. A form refused because the session
 * ended offers to log in again, and that login returns to the page the form was on. A page's script calls
 * get the reason as JSON; the JSON API keeps its answers.
 */
@IpflowTest
class ErrorPagesIT {

    /** A page that fails as a defect would: it exists only in this test's application. */
    @TestConfiguration
    @Import(FailingPage.class)
    static class WithAFailingPage {
    }

    @Controller
    static class FailingPage {
        @GetMapping("/test-only/failure")
        String fail() {
            throw new IllegalStateException("a defect");
        }

        /** As a page fails while the database is away: the pool finds no connection. */
        @GetMapping("/test-only/database-away")
        String databaseAway() {
            throw new CannotGetJdbcConnectionException("no connection", new SQLException("refused", "08001"));
        }
    }

    @LocalServerPort int port;
    @Autowired TestRestTemplate rest;
    @Autowired MessageSource messages;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zh", "en"})
    void everyKindOfErrorHasIpflowsPageInTheReadersLanguage(String language) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        long draft = new ApiClient(rest).completeDraft("enterprise1", "错误页面项目", 100000, 40000);
        PageSession enterprise = login("enterprise1", language);
        String token = enterprise.token("/applications/" + draft + "/edit");

        Map<String, PageSession.Page> pages = new LinkedHashMap<>();
        pages.put("badRequest", enterprise.send("GET", "/applications/abc/edit", null, null));
        pages.put("forbidden", enterprise.send("GET", "/tasks", null, null));
        pages.put("notFound", enterprise.send("GET", "/no-such-page", null, null));
        pages.put("methodNotAllowed", enterprise.send("GET", "/applications/" + draft + "/submit", null, null));
        pages.put("tooLarge", enterprise.send("POST", "/applications/new/patent-transformation-grant",
                "multipart/form-data; boundary=b", multipart(11 * 1024 * 1024 + 1, token)));
        pages.put("bodyTooLarge", enterprise.referredBy("/applications/" + draft + "/edit").send("POST",
                "/applications/" + draft, "application/x-www-form-urlencoded",
                "_csrf=" + token + "&projectName=" + "x".repeat(2 * 1024 * 1024)));
        pages.put("serverError", enterprise.send("GET", "/test-only/failure", null, null));
        pages.put("unavailable", enterprise.send("GET", "/test-only/database-away", null, null));
        PageSession expired = new PageSession(port, language);
        pages.put("sessionExpired", expired.referredBy("/applications/" + draft + "/edit").send("POST",
                "/applications/" + draft, "application/x-www-form-urlencoded", "_csrf=" + token + "&projectName=x"));
        PageSession again = login("enterprise1", language);
        pages.put("pageExpired", again.referredBy("/applications/" + draft + "/edit").send("POST",
                "/applications/" + draft, "application/x-www-form-urlencoded", "_csrf=" + token + "&projectName=x"));

        Map<String, Integer> statuses = Map.of("badRequest", 400, "forbidden", 403, "notFound", 404,
                "methodNotAllowed", 405, "tooLarge", 413, "bodyTooLarge", 413, "serverError", 500, "unavailable", 503,
                "sessionExpired", 403, "pageExpired", 403);
        pages.forEach((kind, page) -> {
            assertThat(page.status()).as(kind).isEqualTo(statuses.get(kind));
            assertThat(page.body()).as(kind).doesNotContainIgnoringCase("whitelabel").doesNotContain("Exception")
                    .contains("<html lang=\"" + language + "\"", "class=\"navbar-brand\"", "id=\"problem\"")
                    .containsPattern("<a [^>]*href=\"/\"[^>]*>" + Pattern.quote(text("error.back", locale)));
            if (!kind.endsWith("ooLarge")) {
                assertThat(page.body()).as(kind).contains(text("error.heading." + kind, locale), text("error.message." + kind, locale));
            }
            if ("en".equals(language)) {
                assertThat(page.body().replaceAll("(?s)<script.*?</script>|<[^>]+>|中文", "")).as(kind)
                        .doesNotContainPattern("\\p{IsHan}");
            }
        });
        assertThat(pages.get("tooLarge").body()).contains(text("document.error.tooLarge", locale, 10));
        assertThat(pages.get("bodyTooLarge").body()).as("drawn by a filter, before the session: the same page")
                .contains(text("error.heading.tooLarge", locale), text("request.error.tooLarge", locale, "2 MB"))
                .contains("href=\"/applications/" + draft + "/edit\"", text("error.backToPage", locale));
        assertThat(pages.get("sessionExpired").body()).as("log in again, back to the draft")
                .contains("href=\"/applications/" + draft + "/edit\"", text("error.loginAgain", locale));
        assertThat(pages.get("pageExpired").body()).as("back to the page")
                .contains("href=\"/applications/" + draft + "/edit\"", text("error.backToPage", locale));
    }

    @Test
    void theLoginAfterTheSessionEndedReturnsToThePageTheFormWasOn() throws Exception {
        long draft = new ApiClient(rest).completeDraft("enterprise1", "超时后返回的项目", 100000, 40000);
        PageSession anonymous = new PageSession(port, "zh");
        PageSession.Page edit = anonymous.send("GET", "/applications/" + draft + "/edit", null, null);
        assertThat(edit.status()).isEqualTo(302);
        assertThat(edit.location()).isEqualTo("/login");
        String token = anonymous.token("/login");

        PageSession.Page login = anonymous.send("POST", "/login", "application/x-www-form-urlencoded",
                "username=enterprise1&password=demo&_csrf=" + token);

        assertThat(login.location()).isEqualTo("/applications/" + draft + "/edit?continue");
    }

    /** The browser sends the CSRF token in the too large body, so the refusal meets the bound twice. */
    @Test
    void aDocumentOverTheBoundGoesBackToTheDraftsUploadFormWithTheMessageAtTheFileField() throws Exception {
        long draft = new ApiClient(rest).completeDraft("enterprise1", "超大文件的项目", 100000, 40000);
        PageSession enterprise = login("enterprise1", "zh");
        String token = enterprise.token("/applications/" + draft + "/edit");

        PageSession.Page upload = enterprise.send("POST", "/applications/" + draft + "/documents",
                "multipart/form-data; boundary=b", multipart(10 * 1024 * 1024 + 1, token));

        assertThat(upload.status()).isEqualTo(302);
        assertThat(upload.location()).isEqualTo("/applications/" + draft + "/edit#upload-form");
        assertThat(enterprise.send("GET", "/applications/" + draft + "/edit", null, null).body())
                .containsPattern("id=\"file-error\"[^>]*>" + Pattern.quote(text("document.error.tooLarge", Locale.CHINA, 10)));
    }

    @Test
    void scriptCallsGetTheReasonAsJsonAndTheApiKeepsItsAnswers() throws Exception {
        long draft = new ApiClient(rest).completeDraft("enterprise1", "脚本调用的项目", 100000, 40000);
        PageSession enterprise = login("enterprise1", "en");
        String token = enterprise.token("/applications/" + draft + "/edit");
        PageSession ended = new PageSession(port, "en");

        PageSession.Page refused = ended.json().send("POST", "/applications/" + draft + "/autosave",
                "application/x-www-form-urlencoded", "_csrf=" + token + "&projectName=x");
        PageSession.Page keepAlive = ended.json().send("POST", "/session/keep-alive", "application/x-www-form-urlencoded",
                "_csrf=" + token);
        PageSession.Page stale = login("enterprise1", "en").json().send("POST", "/session/keep-alive",
                "application/x-www-form-urlencoded", "_csrf=" + token);
        PageSession.Page kept = enterprise.json().send("POST", "/session/keep-alive", "application/x-www-form-urlencoded",
                "_csrf=" + token);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("\"reason\":\"sessionExpired\"", text("error.message.sessionExpired", Locale.ENGLISH));
        assertThat(keepAlive.body()).contains("\"reason\":\"sessionExpired\"");
        assertThat(stale.body()).contains("\"reason\":\"pageExpired\"");
        assertThat(kept.status()).isEqualTo(204);
        var api = new ApiClient(rest).call("enterprise1", org.springframework.http.HttpMethod.GET,
                "/api/applications/999999999", null);
        assertThat(api.getStatusCode().value()).isEqualTo(404);
        assertThat(api.getBody()).containsEntry("type", "urn:ipflow:problem:notFound");
    }

    private String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale).replace("\"", "&quot;");
    }

    private PageSession login(String user, String language) throws Exception {
        PageSession session = new PageSession(port, language);
        String token = session.token("/login");
        PageSession.Page answer = session.send("POST", "/login", "application/x-www-form-urlencoded",
                "username=" + user + "&password=demo&_csrf=" + token);
        assertThat(answer.location()).isEqualTo("/home");
        return session;
    }

    private static byte[] multipart(int size, String token) {
        String head = "--b\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
                + "\r\n--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n";
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] end = "\r\n--b--\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + size + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(end, 0, body, start.length + size, end.length);
        return body;
    }
}
