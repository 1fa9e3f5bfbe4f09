package org.ipflow.operations;

/** An operation that did not happen; {@code messageKey} names the reason in the admin bundle. */
class OperationRefused extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    OperationRefused(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments;
    }
}
