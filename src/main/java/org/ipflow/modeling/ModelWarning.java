package org.ipflow.modeling;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Something a model would do better, tied to the element it concerns: unlike a {@link ModelProblem}
 * it does not keep the model from being deployed. Its text is a message of the bundles ({@code code}
 * with {@code args}), so that an administrator reads it in the language of the studio.
 */
public record ModelWarning(String elementId, String code, List<String> args) {

    public ModelWarning {
        args = List.copyOf(args);
    }

    /** What the studio shows: the element and the warning in the reader's language. */
    public Shown shown(MessageSource messages, Locale locale) {
        return new Shown(elementId, messages.getMessage(code, args.toArray(), code, locale));
    }

    /** A warning as the studio's JSON carries it. */
    public record Shown(String elementId, String message) {
    }
}
