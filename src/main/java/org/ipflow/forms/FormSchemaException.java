package org.ipflow.forms;

/** A form schema IPFlow cannot render or validate; the message names the form and the component. */
public class FormSchemaException extends RuntimeException {

    public FormSchemaException(String message) {
        super(message);
    }

    public FormSchemaException(String message, Throwable cause) {
        super(message, cause);
    }
}
