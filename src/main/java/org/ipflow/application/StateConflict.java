package org.ipflow.application;

/** The request does not fit the current state (someone else holds the task, the draft was submitted). */
public class StateConflict extends RuntimeException {

    public StateConflict(String message) {
        super(message);
    }
}
