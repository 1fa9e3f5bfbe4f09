package org.ipflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every word a page shows comes from the message bundles, so that both languages show it: no Thymeleaf
 * template holds literal text in an element's body or in its title, placeholder, aria-label or alt.
 * Allowed: the design-time sample inside an element whose th:text, th:utext, th:errors or
 * sec:authentication replaces it at render time, what th:replace, th:insert or th:remove drop, scripts and styles, and non-words (punctuation, numbers,
 * the brand "IPFlow").
 */
class TemplateTextTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final List<String> SHOWN_ATTRIBUTES = List.of("title", "placeholder", "aria-label", "alt");
    /** Bodies Thymeleaf (or its Spring Security dialect) replaces or removes whole, so they never reach a reader. */
    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:errors", "th:replace", "th:insert",
            "th:remove", "sec:authentication");
    private static final Set<String> NOT_TEXT = Set.of("script", "style");
    /** Inlined expressions ([[...]], [(...)]) and the brand are filled in or meant as they are. */
    private static final Pattern NOT_WORDS = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]|IPFlow", Pattern.DOTALL);
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    static Stream<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<Path> html = files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
            assertThat(html).isNotEmpty();
            return html.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void showsNoLiteralText(Path template) throws IOException {
        assertThat(literalText(Files.readString(template, StandardCharsets.UTF_8)))
                .as(TEMPLATES.relativize(template) + ": text not taken from the bundles").isEmpty();
    }

    @Test
    void findsLiteralTextInBodiesAndShownAttributes() {
        assertThat(literalText("<h1>Applications</h1><p><b>申请</b> 2</p>"
                + "<input placeholder=\"Search\"><img alt=\"logo\"><a title=\"Open\" aria-label=\"Open it\">"))
                .containsExactly("<h1>Applications", "<b>申请", "<input placeholder=\"Search\">",
                        "<img alt=\"logo\">", "<a title=\"Open\">", "<a aria-label=\"Open it\">");
    }

    @Test
    void acceptsSamplesReplacedAtRenderTimeAndNonWords() {
        assertThat(literalText("<h1 th:text=\"#{title}\">Applications</h1><span th:errors=\"*{name}\">error</span>"
                + "<div th:replace=\"~{fragments/x :: y}\">sample</div><p>IPFlow · 2024 — [[${count}]] / 3</p>"
                + "<input placeholder=\"x\" th:placeholder=\"#{search}\"><a title=\"t\" th:attr=\"title=#{open}\">→</a>"
                + "<script>const label = 'Open';</script>"))
                .isEmpty();
    }

    /** What a reader would see of this template without the bundles: each entry names its element. */
    static List<String> literalText(String html) {
        List<String> literal = new ArrayList<>();
        collect(Jsoup.parse(html), literal);
        return literal;
    }

    private static void collect(Element element, List<String> literal) {
        for (String name : SHOWN_ATTRIBUTES) {
            if (element.hasAttr(name) && !element.hasAttr("th:" + name) && !setByThAttr(element, name)
                    && isWords(element.attr(name))) {
                literal.add("<" + element.tagName() + " " + name + "=\"" + element.attr(name) + "\">");
            }
        }
        if (NOT_TEXT.contains(element.tagName()) || REPLACING.stream().anyMatch(element::hasAttr)) {
            return;
        }
        for (TextNode text : element.textNodes()) {
            if (isWords(text.text())) {
                literal.add("<" + element.tagName() + ">" + text.text().strip());
            }
        }
        element.children().forEach(child -> collect(child, literal));
    }

    private static boolean setByThAttr(Element element, String name) {
        return Pattern.compile("(^|,)\\s*" + Pattern.quote(name) + "\\s*=").matcher(element.attr("th:attr")).find();
    }

    private static boolean isWords(String text) {
        return LETTER.matcher(NOT_WORDS.matcher(text).replaceAll("")).find();
    }
}
