package org.ipflow.enterprise;

/** A registration refused because its user name or credit code is already taken. */
public class RegistrationConflict extends RuntimeException {

    private final String field;
    private final String messageCode;

    private RegistrationConflict(String field, String messageCode) {
        super(field + " already taken");
        this.field = field;
        this.messageCode = messageCode;
    }

    static RegistrationConflict usernameTaken() {
        return new RegistrationConflict("username", "enterprise.username.taken");
    }

    static RegistrationConflict creditCodeTaken() {
        return new RegistrationConflict("creditCode", "enterprise.creditCode.taken");
    }

    /** The field of the registration that is taken: {@code username} or {@code creditCode}. */
    public String field() {
        return field;
    }

    /** The key of the message that explains the refusal, in the message bundles. */
    public String messageCode() {
        return messageCode;
    }
}
