/**
 * Forgotten passwords: a person asks with an account's e-mail address or an enterprise's contact number
 * ({@code POST /api/password-reset}, or the page linked from the login page) and gets a link by e-mail or a
 * six-digit code by SMS, through the outbox; the link or code sets a new password once, within
 * {@code ipflow.password-reset.validity}. The answer never tells whether an account has the address, and
 * requests are limited per address and per client.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"enterprise", "identity", "notification",
        "shared"})
package org.ipflow.recovery;
