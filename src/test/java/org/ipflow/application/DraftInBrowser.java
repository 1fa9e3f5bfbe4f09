package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.ipflow.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpMethod;

/**
 * The draft page as the applicant meets it in a browser, for the draft journeys: a grant draft made through
 * the API (with its documents, or without some of its answers), opened by enterprise1 in the chosen
 * language and window width, the page's texts in that language, and the draft as the server stored it.
 */
final class DraftInBrowser {

    static final List<String> DOCUMENTS = List.of("patent-certificate", "contract", "contract-registration",
            "payment-proof", "business-licence");

    private final Browser browser;
    private final ApiClient api;
    private final MessageSource messages;
    final Locale locale;
    final String language;
    final int width;

    DraftInBrowser(Browser browser, ApiClient api, MessageSource messages, String language, int width) {
        this.browser = browser;
        this.api = api;
        this.messages = messages;
        this.language = language;
        this.locale = Locale.forLanguageTag(language.replace('_', '-'));
        this.width = width;
    }

    /** A grant draft of enterprise1 with every document, its answers but the given ones. */
    long draftWithout(String project, String... omitted) {
        Map<String, Object> data = new HashMap<>(ApiClient.grantData(project, 200000, 100000));
        List.of(omitted).forEach(data::remove);
        return draft(data);
    }

    /** A grant draft of enterprise1 whose patent has not yet been told how it was acquired. */
    @SuppressWarnings("unchecked")
    long draftWithoutAChoice(String project) {
        Map<String, Object> data = new HashMap<>(ApiClient.grantData(project, 200000, 100000));
        Map<String, Object> patent = new HashMap<>(((List<Map<String, Object>>) data.get("patents")).get(0));
        patent.remove("acquisition");
        data.put("patents", List.of(patent));
        return draft(data);
    }

    private long draft(Map<String, Object> data) {
        var created = api.call("enterprise1", HttpMethod.POST, "/api/applications",
                Map.of("programme", "patent-transformation-grant", "data", data));
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        long id = ((Number) created.getBody().get("id")).longValue();
        for (String kind : DOCUMENTS) {
            assertThat(api.upload("enterprise1", id, kind, kind + ".pdf", ApiClient.PDF).getStatusCode().value())
                    .isEqualTo(201);
        }
        return id;
    }

    /** Logs enterprise1 in, chooses the language, sizes the window and opens the path. */
    DraftInBrowser open(String path) {
        browser.login("enterprise1").open("/applications?lang=" + language);
        browser.driver().manage().window().setSize(new Dimension(width, 900));
        browser.open(path);
        return this;
    }

    /** The draft's answers as the server has them now. */
    @SuppressWarnings("unchecked")
    Map<String, Object> stored(long id) {
        return (Map<String, Object>) api.application("enterprise1", id).get("data");
    }

    String text(String code, Object... args) {
        return messages.getMessage(code, args, locale);
    }

    /** "Saved 14:05" in the page's language. */
    String savedPattern() {
        return java.util.regex.Pattern.quote(text("draft.savedAt", "HH:MM")).replace("HH:MM", "\\E\\d\\d:\\d\\d\\Q");
    }

    void until(String what, Supplier<Boolean> condition) {
        browser.within(30).withMessage(what).until(d -> condition.get());
    }

    String status() {
        return browser.find("#draft-status").getText();
    }

    List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("[data-list] > [data-row]"));
    }

    /** Whether the element is on screen now, without scrolling. */
    boolean inView(String css) {
        return (Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("const r = document.querySelector(arguments[0])"
                + ".getBoundingClientRect(); return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight;", css);
    }

    String name() {
        return language.substring(0, 2) + "-" + width;
    }
}
