package org.ipflow.modeling;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * One reason a model cannot be deployed, tied to the element it concerns. A problem IPFlow's own rules
 * find is a message {@code code} of the bundle {@code i18n/modeling} with {@code args}, so that the
 * studio shows it in the reader's language; {@code message} is its English text, which /engine-rest's
 * answer, the logs and the engine's refusal carry whoever asks. The engine's and the XML parser's own
 * problems cannot be translated: they have no code, and the studio shows their words as they are.
 */
public record ModelProblem(String elementId, int line, String message, String code, List<String> args) {

    /** How the studio introduces a problem in the engine's own words: "流程引擎：…" in Chinese. */
    static final String ENGINE = "model.problem.engine";
    private static final MessageSource ENGLISH = english();

    public ModelProblem {
        args = List.copyOf(args);
    }

    /** A problem of IPFlow's rules; its arguments are the names, ids and expressions the text shows. */
    static ModelProblem of(String elementId, int line, String code, Object... args) {
        List<String> texts = Arrays.stream(args).map(String::valueOf).toList();
        String english = render(ENGLISH, Locale.ENGLISH, code, texts);
        return new ModelProblem(elementId, line, english, code, texts);
    }

    /** A problem in the engine's or the XML parser's own (English) words. */
    static ModelProblem engine(String elementId, int line, String message) {
        return new ModelProblem(elementId, line, message, null, List.of());
    }

    /** The same problem tied to another element, e.g. the one an engine's message names. */
    ModelProblem at(String otherElementId, int otherLine) {
        return new ModelProblem(otherElementId, otherLine, message, code, args);
    }

    /** What the studio shows: the element, the line and the problem in the reader's language. */
    public Shown shown(MessageSource messages, Locale locale) {
        String text = code == null ? messages.getMessage(ENGINE, new Object[] {message}, message, locale)
                : render(messages, locale, code, args);
        return new Shown(elementId, line, text);
    }

    /**
     * Every text of {@code model.problem.*} is a MessageFormat pattern, with arguments or without (Spring
     * returns a text without arguments untouched), so that one rule holds for all of them: quotes doubled,
     * braces quoted.
     */
    private static String render(MessageSource messages, Locale locale, String code, List<String> args) {
        String pattern = messages.getMessage(code, null, code, locale);
        return new MessageFormat(pattern, locale).format(args.toArray());
    }

    private static MessageSource english() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/modeling");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Override
    public String toString() {
        return (elementId == null ? "line " + line : elementId) + ": " + message;
    }

    /** A problem as the studio's JSON carries it. */
    public record Shown(String elementId, int line, String message) {
    }
}
