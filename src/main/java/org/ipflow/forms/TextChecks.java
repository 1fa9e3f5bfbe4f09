package org.ipflow.forms;

import java.util.Map;
import java.util.function.Predicate;
import org.ipflow.forms.FormSchemaException.Reason;
import org.ipflow.shared.PatentNumber;

/**
 * Checks a pattern cannot express, named in a text field's {@code properties.validator} (IPFlow's own
 * form-js property): {@code "validator": "cnipa-patent-number"} verifies the check character of a CNIPA
 * patent number. A name the server does not know fails the form when it is loaded, so a form never
 * claims a check that nobody runs. The error's message code is {@code form.error.check.<name>}.
 */
final class TextChecks {

    private static final Map<String, Predicate<String>> CHECKS = Map.of(
            "cnipa-patent-number", PatentNumber::isValid);

    private TextChecks() {
    }

    /** The name itself when the server knows it, null when none is given; otherwise the form is refused. */
    static String require(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        if (!CHECKS.containsKey(name)) {
            String known = String.join(", ", CHECKS.keySet().stream().sorted().toList());
            throw new FormSchemaException("validator '" + name + "' is not known; known: " + known,
                    Reason.of("form.schema.unknownValidator", name, known));
        }
        return name;
    }

    static boolean passes(String name, String text) {
        return CHECKS.get(name).test(text);
    }
}
