package org.ipflow.enterprise;

/**
 * A change of the profile or of the users that the rules refuse: the field it concerns, the message code
 * of the reason, and how an API answers it.
 */
class ProfileRefused extends RuntimeException {

    /** What kind of refusal: a wrong value (400), a state that forbids it (409), nobody of that name here (404). */
    enum Kind { INVALID, CONFLICT, NOT_FOUND }

    private final String field;
    private final String messageCode;
    private final Kind kind;

    ProfileRefused(Kind kind, String field, String messageCode) {
        super(field + ": " + messageCode, null, false, false);
        this.kind = kind;
        this.field = field;
        this.messageCode = messageCode;
    }

    String field() {
        return field;
    }

    String messageCode() {
        return messageCode;
    }

    Kind kind() {
        return kind;
    }
}
