package org.ipflow.application;

/** No such application, or not one the caller may see: both answer 404, so ids reveal nothing. */
public class ApplicationNotFound extends RuntimeException {

    public ApplicationNotFound(Object id) {
        super("application not found: " + id);
    }
}
