package org.ipflow.identity;

/** A change the administrator may not make (e.g. disable themself); {@code messageCode} says why, for {@code field}. */
class UserAdminRefused extends RuntimeException {

    private final String field;
    private final String messageCode;

    UserAdminRefused(String field, String messageCode) {
        super(messageCode);
        this.field = field;
        this.messageCode = messageCode;
    }

    String field() {
        return field;
    }

    String messageCode() {
        return messageCode;
    }
}
