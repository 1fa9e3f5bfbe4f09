package org.ipflow.identity;

/**
 * A new password entered twice, with the current one where the user changes their own
 * ({@code currentPassword} is unused when an administrator resets someone else's).
 */
record PasswordForm(String currentPassword, String password, String passwordRepeated) {

    static PasswordForm empty() {
        return new PasswordForm("", "", "");
    }

    /** Leaves the passwords out, so that a logged form never shows them. */
    @Override
    public String toString() {
        return "PasswordForm[…]";
    }
}
