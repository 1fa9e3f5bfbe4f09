package org.ipflow.forms;

/**
 * A form schema IPFlow cannot render or validate; the message names the form and the component, and
 * {@link #componentId()} is the id of the component concerned (null when the form as a whole is), so
 * that an editor can mark it.
 */
public class FormSchemaException extends RuntimeException {

    private final String componentId;

    public FormSchemaException(String message) {
        this(message, null, null);
    }

    /** Keeps the component of the cause when the cause names one. */
    public FormSchemaException(String message, Throwable cause) {
        this(message, cause instanceof FormSchemaException form ? form.componentId : null, cause);
    }

    public FormSchemaException(String message, String componentId, Throwable cause) {
        super(message, cause);
        this.componentId = componentId;
    }

    public String componentId() {
        return componentId;
    }
}
