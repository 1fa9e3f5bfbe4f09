package org.ipflow.forms;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A form schema IPFlow cannot render or validate; the message names the form and the component, and
 * {@link #componentId()} is the id of the component concerned (null when the form as a whole is), so
 * that an editor can mark it. The message is English (logs, /engine-rest); {@link #reason()} is the
 * innermost reason as a message code ({@code form.schema.*}) with arguments, so that the studio shows
 * it in the administrator's language.
 */
public class FormSchemaException extends RuntimeException {

    private final String componentId;
    private final transient Reason reason;
    private final transient List<FormSchemaException> problems;

    /** A message code of the bundles and the names, keys and values its text shows. */
    public record Reason(String code, List<String> args) {

        public Reason {
            args = List.copyOf(args);
        }

        public static Reason of(String code, Object... args) {
            return new Reason(code, Arrays.stream(args).map(String::valueOf).toList());
        }
    }

    public FormSchemaException(String message) {
        this(message, null, null, null);
    }

    public FormSchemaException(String message, Reason reason) {
        this(message, null, reason, null);
    }

    public FormSchemaException(String message, Reason reason, Throwable cause) {
        this(message, null, reason, cause);
    }

    public FormSchemaException(String message, String componentId, Reason reason) {
        this(message, componentId, reason, null);
    }

    /** Keeps the component and the reason of the cause when the cause names them. */
    public FormSchemaException(String message, Throwable cause) {
        this(message, cause instanceof FormSchemaException form ? form.componentId : null, cause);
    }

    /** Keeps the reason of the cause: the innermost one is what went wrong, the outer ones only say where. */
    public FormSchemaException(String message, String componentId, Throwable cause) {
        this(message, componentId, cause instanceof FormSchemaException form ? form.reason : null, cause);
    }

    private FormSchemaException(String message, String componentId, Reason reason, Throwable cause) {
        super(message, cause);
        this.componentId = componentId;
        this.reason = reason;
        this.problems = List.of(this);
    }

    private FormSchemaException(List<FormSchemaException> problems) {
        super(problems.stream().map(Throwable::getMessage).collect(Collectors.joining("; ")), problems.get(0));
        this.componentId = problems.get(0).componentId;
        this.reason = problems.get(0).reason;
        this.problems = List.copyOf(problems);
    }

    /** All problems of one form, reported together so that an author can mend them in one pass. */
    static FormSchemaException of(List<FormSchemaException> problems) {
        return problems.size() == 1 ? problems.get(0) : new FormSchemaException(problems);
    }

    /** Every problem found in the form, each with its component and reason; this exception alone when it is one. */
    public List<FormSchemaException> problems() {
        return problems;
    }

    public String componentId() {
        return componentId;
    }

    /** Null for the few refusals that only the start-up sees (packaged forms that clash or cannot be listed). */
    public Reason reason() {
        return reason;
    }
}
