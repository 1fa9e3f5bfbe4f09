package org.ipflow.forms;

import java.util.Locale;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The one place where a component's texts become what a page shows: labels, descriptions and
 * adornments as plain text (the templates escape them), a {@code text} component's Markdown and an
 * {@code html} component's content as HTML filtered to an allow-list. form-js-viewer 1.23 renders
 * Markdown with its own sanitizer ({@code render/components/form-fields/Text.js}, {@code Html.js}); here
 * commonmark escapes raw HTML inside Markdown and the OWASP sanitizer keeps formatting, lists, tables,
 * images of this site or {@code data:} and links (opened with {@code rel="nofollow noopener"}), and
 * drops scripts, styles, event handlers and frames.
 */
final class FormTexts {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES).and(Sanitizers.IMAGES).and(new HtmlPolicyBuilder()
                    .allowElements("hr", "pre", "code", "br", "span", "div", "del").toFactory());

    private FormTexts() {
    }

    /** A label, description, text or adornment in the user's language, as written. */
    static String of(FormField.Localized text, Locale locale) {
        return text.in(locale);
    }

    /** Markdown of a {@code text} component as safe HTML; null for no text. */
    static String markdown(String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        Node document = MARKDOWN.parse(source);
        return sanitize(HTML.render(document));
    }

    /** HTML of an {@code html} component, reduced to what {@link #POLICY} allows. */
    static String sanitize(String html) {
        return html == null || html.isBlank() ? null : POLICY.sanitize(html);
    }

}
